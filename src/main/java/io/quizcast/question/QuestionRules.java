package io.quizcast.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rules a question must meet, applied the same way to single and bulk input. */
public final class QuestionRules {

    static final int MAX_TEXT = 2000;
    static final int MAX_ANSWER = 500;
    static final int MAX_FAKE_ANSWERS = 10;

    /** A question that passed the rules, trimmed and de-duplicated. */
    public record Clean(String questionText, String correctAnswer, List<String> fakeAnswers) {
    }

    private QuestionRules() {
    }

    /** The first rule the input breaks, or null when it is fine. */
    public static String violation(QuestionInput input) {
        if (input == null) {
            return "question is required";
        }
        if (input.questionText() == null || input.questionText().isBlank()) {
            return "question_text is required";
        }
        if (input.questionText().trim().length() > MAX_TEXT) {
            return "question_text must be at most " + MAX_TEXT + " characters";
        }
        if (input.correctAnswer() == null || input.correctAnswer().isBlank()) {
            return "correct_answer is required";
        }
        if (input.correctAnswer().trim().length() > MAX_ANSWER) {
            return "correct_answer must be at most " + MAX_ANSWER + " characters";
        }
        List<String> fakes = cleanFakes(input.fakeAnswers());
        if (fakes.size() > MAX_FAKE_ANSWERS) {
            return "at most " + MAX_FAKE_ANSWERS + " fake_answers";
        }
        for (String fake : fakes) {
            if (fake.length() > MAX_ANSWER) {
                return "each fake answer must be at most " + MAX_ANSWER + " characters";
            }
            if (fake.equals(input.correctAnswer().trim())) {
                return "a fake answer must differ from the correct answer";
            }
        }
        if (input.orderIndex() != null && input.orderIndex() < 0) {
            return "order_index must be 0 or more";
        }
        return null;
    }

    public static Clean clean(QuestionInput input) {
        return new Clean(input.questionText().trim(), input.correctAnswer().trim(), cleanFakes(input.fakeAnswers()));
    }

    /** Trimmed, without blanks or repeats, in the order given. */
    public static List<String> cleanFakes(List<String> fakes) {
        if (fakes == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String fake : fakes) {
            if (fake != null && !fake.isBlank()) {
                seen.add(fake.trim());
            }
        }
        return new ArrayList<>(seen);
    }
}
