package io.quizcast.game.core;

import io.quizcast.question.QuestionType;
import io.quizcast.question.Slider;
import java.util.List;

/**
 * What is right for one question, by type: {@code correct} is the one correct answer (single, true_false), the
 * correct set (multiple), the accepted answers (type_answer) or the items in order (ordering), and nothing for a poll;
 * a slider's is its {@link Slider}. {@code typoTolerance} (0 or 1) is the edits a typed answer may be off.
 */
public record AnswerKey(QuestionType type, List<String> correct, Slider slider, int typoTolerance) {

    public AnswerKey {
        correct = List.copyOf(correct);
    }

    /** A v1 question: one correct answer among the offered ones. */
    public static AnswerKey single(String correctAnswer) {
        return new AnswerKey(QuestionType.SINGLE, List.of(correctAnswer), null, 0);
    }

    /**
     * The correct answer as one text (the reveal's v1 {@code correct_answer}): a set joined with ", ", an order with
     * " → ", a slider's number; null for a poll.
     */
    public String display() {
        return switch (type) {
            case POLL -> null;
            case SLIDER -> Slider.text(slider.correct());
            case MULTIPLE -> String.join(", ", correct);
            case ORDERING -> String.join(" → ", correct);
            default -> correct.get(0);
        };
    }

    /** Whether an offered answer is (one of) the correct one(s). */
    public boolean isCorrectChoice(String answer) {
        return switch (type) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> correct.contains(answer);
            default -> false;
        };
    }
}
