package io.quizcast.generation.quiz;

import java.util.List;
import java.util.Objects;

/**
 * What the model's questions are checked against.
 *
 * @param source the transcript, the notes or the topic the prompt gave
 * @param kind which of the three {@code source} is
 * @param count the questions wanted (more are dropped)
 * @param wrongAnswers the wrong answers a single-choice question needs
 * @param existingQuestions the texts of the segment's questions and drafts, not to be repeated
 */
public record CheckContext(String source, SourceKind kind, int count, int wrongAnswers,
        List<String> existingQuestions) {

    public CheckContext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (count < 1 || wrongAnswers < 1) {
            throw new IllegalArgumentException("count and wrongAnswers must be 1 or more");
        }
        existingQuestions = existingQuestions == null ? List.of()
                : existingQuestions.stream().filter(Objects::nonNull).toList();
    }

    /** The context that checks the answer to this request. */
    public static CheckContext of(PromptRequest r) {
        return new CheckContext(r.source(), r.kind(), r.count(), r.wrongAnswers(), r.existingQuestions());
    }
}
