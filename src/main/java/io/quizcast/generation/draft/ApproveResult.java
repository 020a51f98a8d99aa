package io.quizcast.generation.draft;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizcast.question.QuestionView;
import java.util.List;

/** What an approval made: the segment's new questions. */
@RegisterForReflection // serialised by Jackson in the native image
public record ApproveResult(int approved, List<QuestionView> questions) {
}
