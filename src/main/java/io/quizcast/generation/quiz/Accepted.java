package io.quizcast.generation.quiz;

import io.quizcast.question.QuestionInput;

/**
 * A question that passed every check: {@code input} passes {@link io.quizcast.question.QuestionRules#violation},
 * {@code qualityScore} is in [0, 1] ({@link DraftChecks}), {@code evidence} is the model's quote, or null when a
 * topic's question has none.
 */
public record Accepted(QuestionInput input, float qualityScore, String evidence) {
}
