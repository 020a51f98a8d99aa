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

    /**
     * A broken rule: the field it is about, the reason in words, and the whole sentence (the v1 {@code message}).
     */
    public record Violation(String field, String reason, String message) {

        /** "correct_answer" + "is required": the sentence is the field followed by the reason. */
        static Violation of(String field, String reason) {
            return new Violation(field, reason, field + " " + reason);
        }

        /** A reason that is a sentence of its own. */
        static Violation sentence(String field, String sentence) {
            return new Violation(field, sentence, sentence);
        }
    }

    /** The first rule the input breaks, or null when it is fine. */
    public static Violation violation(QuestionInput input) {
        if (input == null) {
            return Violation.of("question", "is required");
        }
        if (input.questionText() == null || input.questionText().isBlank()) {
            return Violation.of("question_text", "is required");
        }
        if (input.questionText().trim().length() > MAX_TEXT) {
            return Violation.of("question_text", "must be at most " + MAX_TEXT + " characters");
        }
        if (input.correctAnswer() == null || input.correctAnswer().isBlank()) {
            return Violation.of("correct_answer", "is required");
        }
        if (input.correctAnswer().trim().length() > MAX_ANSWER) {
            return Violation.of("correct_answer", "must be at most " + MAX_ANSWER + " characters");
        }
        List<String> fakes = cleanFakes(input.fakeAnswers());
        if (fakes.size() > MAX_FAKE_ANSWERS) {
            return Violation.sentence("fake_answers", "at most " + MAX_FAKE_ANSWERS + " fake_answers");
        }
        for (String fake : fakes) {
            if (fake.length() > MAX_ANSWER) {
                return Violation.sentence("fake_answers", "each fake answer must be at most " + MAX_ANSWER
                        + " characters");
            }
            if (fake.equals(input.correctAnswer().trim())) {
                return Violation.sentence("fake_answers", "a fake answer must differ from the correct answer");
            }
        }
        if (input.orderIndex() != null && input.orderIndex() < 0) {
            return Violation.of("order_index", "must be 0 or more");
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
