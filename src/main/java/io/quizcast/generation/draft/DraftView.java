package io.quizcast.generation.draft;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizcast.question.QuestionView;
import java.util.UUID;

/** A generated question awaiting review: the Question shape (its id is the draft's), its job and its evidence. */
@RegisterForReflection // serialised by Jackson in the native image
public record DraftView(@JsonUnwrapped QuestionView question, UUID jobId, String evidence) {
}
