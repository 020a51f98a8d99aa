package io.quizcast.question;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question as a client sends it (create, update, one row of a bulk import). {@code wrong_answers} is accepted as an
 * alias of {@code fake_answers}. Fields a type does not use are ignored. The rules live in {@link QuestionRules}, so
 * a bulk import can report them per row.
 */
@RegisterForReflection // deserialised by Jackson in the native image
public record QuestionInput(String questionText,
        @Schema(description = "single: the correct answer; true_false: \"true\" or \"false\"; multiple and"
                + " type_answer: one correct answer (joined to correct_answers); slider: the correct number when"
                + " slider.correct is absent") String correctAnswer,
        @Schema(description = "single and multiple: the wrong answers") @JsonAlias("wrong_answers") List<String> fakeAnswers,
        @Min(value = 0, message = "must be 0 or more") Integer orderIndex,
        @Schema(description = "single (the default), multiple, true_false, type_answer, poll, slider or ordering") String type,
        @Schema(description = "multiple: every correct answer; type_answer: every accepted answer") List<String> correctAnswers,
        @Schema(description = "poll: the answers to choose from (2 to 6), none correct") List<String> options,
        @Schema(description = "ordering: 3 to 6 items in the right order (players get them shuffled)") List<String> items,
        @Schema(description = "slider: the scale, the correct value and the tolerance") Slider slider,
        @Schema(description = "type_answer: 1 lets an answer of 5 or more characters be one edit off (the default),"
                + " 0 needs it exact after case, accents and spaces are folded") Integer typoTolerance,
        @Schema(description = "Seconds to answer, 5 to 240; absent: the event's time_per_question (on update, 0"
                + " goes back to it)") Integer timeLimit,
        @Schema(description = "standard (the default), double or none") String points,
        @Schema(description = "Shown with the answer at the reveal (on update, \"\" removes it)") String explanation,
        @Schema(description = "An image of this event (from POST /api/events/{id}/images), shown with the question (on"
                + " update, \"\" removes it)") String imageId) {

    /** A v1 question: single choice, the event's time, standard points. */
    public static QuestionInput single(String questionText, String correctAnswer, List<String> fakeAnswers,
            Integer orderIndex) {
        return new QuestionInput(questionText, correctAnswer, fakeAnswers, orderIndex, null, null, null, null, null,
                null, null, null, null, null);
    }
}
