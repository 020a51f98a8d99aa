package io.quizcast.question;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * A question as a client sends it (create, update, one row of a bulk import). {@code wrong_answers} is
 * accepted as an alias of {@code fake_answers}. The rules live in {@link QuestionRules}, so a bulk import can
 * report them per row.
 */
@RegisterForReflection // deserialised by Jackson in the native image
public record QuestionInput(String questionText, String correctAnswer,
        @JsonAlias("wrong_answers") List<String> fakeAnswers,
        @Min(value = 0, message = "must be 0 or more") Integer orderIndex) {
}
