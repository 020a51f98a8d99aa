package io.quizcast.generation.quiz;

import java.util.List;
import java.util.Objects;

/**
 * What one generation call asks for.
 *
 * @param source the transcript, the notes or the topic
 * @param kind which of the three {@code source} is
 * @param count how many questions to write
 * @param wrongAnswers the wrong answers of a single-choice question (the event's num_fake_answers, 1 to 5)
 * @param existingQuestions the segment's questions and drafts, not to be repeated
 * @param languageHint the language speech to text detected (e.g. "fr"), or null
 */
public record PromptRequest(String source, SourceKind kind, int count, int wrongAnswers,
        List<String> existingQuestions, String languageHint) {

    public static final int MAX_WRONG_ANSWERS = 5;

    public PromptRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more");
        }
        if (wrongAnswers < 1 || wrongAnswers > MAX_WRONG_ANSWERS) {
            throw new IllegalArgumentException("wrongAnswers must be 1 to " + MAX_WRONG_ANSWERS);
        }
        existingQuestions = existingQuestions == null ? List.of()
                : existingQuestions.stream().filter(Objects::nonNull).toList();
    }
}
