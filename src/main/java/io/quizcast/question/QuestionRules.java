package io.quizcast.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The rules a question must meet, per type, applied the same way to single and bulk input. */
public final class QuestionRules {

    static final int MAX_TEXT = 2000;
    static final int MAX_ANSWER = 500;
    static final int MAX_FAKE_ANSWERS = 10;
    static final int MAX_TYPED = 100;
    public static final int MAX_ACCEPTED = 10;
    static final int MIN_OFFERED = 2;
    public static final int MAX_OFFERED = 6;
    static final int MIN_ITEMS = 3;
    static final int MIN_TIME = 5;
    static final int MAX_TIME = 240;
    static final long MAX_SLIDER_STEPS = 100_000;
    public static final String TRUE = "True";
    public static final String FALSE = "False";

    /**
     * A question that passed the rules, trimmed and de-duplicated, in the columns it is stored in: {@code fakeAnswers}
     * holds the wrong answers (a poll's options: none of them is correct), {@code correctAnswers} the correct set, the
     * accepted answers or the items in order. {@code timeLimit} null is the event's.
     */
    public record Clean(QuestionType type, String questionText, String correctAnswer, List<String> fakeAnswers,
            List<String> correctAnswers, Slider slider, int typoTolerance, Integer timeLimit, PointsMode points,
            String explanation, UUID imageId) {
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
        QuestionType type = QuestionType.of(input.type());
        if (type == null) {
            return Violation.of("type", "must be one of " + QuestionType.names());
        }
        if (input.questionText() == null || input.questionText().isBlank()) {
            return Violation.of("question_text", "is required");
        }
        if (input.questionText().trim().length() > MAX_TEXT) {
            return Violation.of("question_text", "must be at most " + MAX_TEXT + " characters");
        }
        Violation common = common(input);
        if (common != null) {
            return common;
        }
        return switch (type) {
            case SINGLE -> single(input);
            case MULTIPLE -> multiple(input);
            case TRUE_FALSE -> trueFalse(input) == null
                    ? Violation.of("correct_answer", "must be true or false for a true_false question")
                    : null;
            case TYPE_ANSWER -> typeAnswer(input);
            case POLL -> poll(input);
            case SLIDER -> slider(input);
            case ORDERING -> ordering(input);
        };
    }

    private static Violation common(QuestionInput input) {
        if (input.orderIndex() != null && input.orderIndex() < 0) {
            return Violation.of("order_index", "must be 0 or more");
        }
        if (PointsMode.of(input.points()) == null) {
            return Violation.of("points", "must be standard, double or none");
        }
        Integer time = input.timeLimit();
        if (time != null && time != 0 && (time < MIN_TIME || time > MAX_TIME)) {
            return Violation.of("time_limit", "must be " + MIN_TIME + " to " + MAX_TIME + " seconds");
        }
        if (input.explanation() != null && input.explanation().trim().length() > MAX_TEXT) {
            return Violation.of("explanation", "must be at most " + MAX_TEXT + " characters");
        }
        if (input.typoTolerance() != null && input.typoTolerance() != 0 && input.typoTolerance() != 1) {
            return Violation.of("typo_tolerance", "must be 0 or 1");
        }
        if (input.imageId() != null && !input.imageId().isBlank() && imageId(input) == null) {
            return Violation.of("image_id", "must be an image's id");
        }
        return null;
    }

    private static Violation single(QuestionInput input) {
        Violation correct = required("correct_answer", input.correctAnswer());
        if (correct != null) {
            return correct;
        }
        return fakes(input.fakeAnswers(), List.of(input.correctAnswer().trim()));
    }

    private static Violation multiple(QuestionInput input) {
        List<String> correct = correctSet(input);
        if (correct.isEmpty()) {
            return Violation.of("correct_answers", "must name at least one correct answer");
        }
        Violation each = each("correct_answers", correct, MAX_ANSWER);
        if (each != null) {
            return each;
        }
        List<String> wrong = clean(input.fakeAnswers());
        if (wrong.isEmpty()) {
            return Violation.sentence("fake_answers", "a multiple question needs at least one wrong answer");
        }
        Violation fakes = fakes(input.fakeAnswers(), correct);
        if (fakes != null) {
            return fakes;
        }
        if (correct.size() + wrong.size() > MAX_OFFERED) {
            return Violation.sentence("correct_answers",
                    "a multiple question offers at most " + MAX_OFFERED + " answers, correct and wrong together");
        }
        return null;
    }

    private static Violation typeAnswer(QuestionInput input) {
        List<String> accepted = correctSet(input);
        if (accepted.isEmpty()) {
            return Violation.of("correct_answers", "must name at least one accepted answer");
        }
        if (accepted.size() > MAX_ACCEPTED) {
            return Violation.sentence("correct_answers", "at most " + MAX_ACCEPTED + " accepted answers");
        }
        return each("correct_answers", accepted, MAX_TYPED);
    }

    private static Violation poll(QuestionInput input) {
        List<String> options = clean(input.options());
        if (options.size() < MIN_OFFERED || options.size() > MAX_OFFERED) {
            return Violation.sentence("options",
                    "a poll needs " + MIN_OFFERED + " to " + MAX_OFFERED + " different options");
        }
        return each("options", options, MAX_ANSWER);
    }

    private static Violation ordering(QuestionInput input) {
        List<String> items = clean(input.items());
        if (items.size() < MIN_ITEMS || items.size() > MAX_OFFERED) {
            return Violation.sentence("items",
                    "an ordering question needs " + MIN_ITEMS + " to " + MAX_OFFERED + " different items");
        }
        return each("items", items, MAX_ANSWER);
    }

    private static Violation slider(QuestionInput input) {
        Slider s = input.slider();
        if (s == null || s.min() == null || s.max() == null || s.step() == null || s.tolerance() == null) {
            return Violation.sentence("slider", "a slider question needs slider.min, max, step and tolerance");
        }
        if (s.min().compareTo(s.max()) >= 0) {
            return Violation.sentence("slider", "slider.min must be less than slider.max");
        }
        if (s.step().signum() <= 0) {
            return Violation.sentence("slider", "slider.step must be more than 0");
        }
        if (s.max().subtract(s.min()).remainder(s.step()).signum() != 0) {
            return Violation.sentence("slider", "slider.max must be a whole number of steps from slider.min");
        }
        if (s.max().subtract(s.min()).divideToIntegralValue(s.step()).longValue() > MAX_SLIDER_STEPS) {
            return Violation.sentence("slider", "a slider has at most " + MAX_SLIDER_STEPS + " steps");
        }
        if (s.tolerance().signum() < 0) {
            return Violation.sentence("slider", "slider.tolerance must be 0 or more");
        }
        BigDecimal correct = sliderCorrect(input);
        if (correct == null) {
            return Violation.sentence("slider", "a slider question needs its correct value (slider.correct)");
        }
        if (!s.allows(correct)) {
            return Violation.sentence("slider",
                    "slider.correct must be on the scale: from min to max, a whole number of steps from min");
        }
        return null;
    }

    private static Violation required(String field, String value) {
        if (value == null || value.isBlank()) {
            return Violation.of(field, "is required");
        }
        if (value.trim().length() > MAX_ANSWER) {
            return Violation.of(field, "must be at most " + MAX_ANSWER + " characters");
        }
        return null;
    }

    private static Violation fakes(List<String> given, List<String> correct) {
        List<String> fakes = clean(given);
        if (fakes.size() > MAX_FAKE_ANSWERS) {
            return Violation.sentence("fake_answers", "at most " + MAX_FAKE_ANSWERS + " fake_answers");
        }
        for (String fake : fakes) {
            if (fake.length() > MAX_ANSWER) {
                return Violation.sentence("fake_answers", "each fake answer must be at most " + MAX_ANSWER
                        + " characters");
            }
            if (correct.contains(fake)) {
                return Violation.sentence("fake_answers", "a fake answer must differ from the correct answer");
            }
        }
        return null;
    }

    private static Violation each(String field, List<String> values, int max) {
        for (String value : values) {
            if (value.length() > max) {
                return Violation.sentence(field, "each of " + field + " must be at most " + max + " characters");
            }
        }
        return null;
    }

    /** The input, as it is stored; call only once {@link #violation} found nothing. */
    public static Clean clean(QuestionInput input) {
        QuestionType type = QuestionType.of(input.type());
        String text = input.questionText().trim();
        Integer time = input.timeLimit() == null || input.timeLimit() == 0 ? null : input.timeLimit();
        PointsMode points = type == QuestionType.POLL ? PointsMode.NONE : PointsMode.of(input.points());
        String explanation = input.explanation() == null || input.explanation().isBlank() ? null
                : input.explanation().trim();
        int typos = input.typoTolerance() == null ? 1 : input.typoTolerance();
        UUID image = imageId(input);
        List<String> none = List.of();
        return switch (type) {
            case SINGLE -> new Clean(type, text, input.correctAnswer().trim(), clean(input.fakeAnswers()), none, null,
                    typos, time, points, explanation, image);
            case MULTIPLE, TYPE_ANSWER -> {
                List<String> correct = correctSet(input);
                yield new Clean(type, text, correct.get(0),
                        type == QuestionType.MULTIPLE ? clean(input.fakeAnswers()) : none, correct, null, typos, time,
                        points, explanation, image);
            }
            case TRUE_FALSE -> new Clean(type, text, trueFalse(input), none, none, null, typos, time, points,
                    explanation, image);
            case POLL -> new Clean(type, text, null, clean(input.options()), none, null, typos, time, points,
                    explanation, image);
            case SLIDER -> {
                Slider s = input.slider();
                BigDecimal correct = sliderCorrect(input);
                yield new Clean(type, text, Slider.text(correct), none, none,
                        new Slider(s.min(), s.max(), s.step(), correct, s.tolerance()), typos, time, points,
                        explanation, image);
            }
            case ORDERING -> new Clean(type, text, null, none, clean(input.items()), null, typos, time, points,
                    explanation, image);
        };
    }

    private static UUID imageId(QuestionInput input) {
        if (input.imageId() == null || input.imageId().isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(input.imageId().trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** correct_answer first (when given), then correct_answers, trimmed, without blanks or repeats. */
    private static List<String> correctSet(QuestionInput input) {
        List<String> all = new ArrayList<>();
        if (input.correctAnswer() != null) {
            all.add(input.correctAnswer());
        }
        if (input.correctAnswers() != null) {
            all.addAll(input.correctAnswers());
        }
        return clean(all);
    }

    /** "True" or "False" for the ways people write them, else null. */
    private static String trueFalse(QuestionInput input) {
        String v = input.correctAnswer() == null ? "" : input.correctAnswer().trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true" -> TRUE;
            case "false" -> FALSE;
            default -> null;
        };
    }

    private static BigDecimal sliderCorrect(QuestionInput input) {
        if (input.slider() != null && input.slider().correct() != null) {
            return input.slider().correct();
        }
        if (input.correctAnswer() == null) {
            return null;
        }
        try {
            return new BigDecimal(input.correctAnswer().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Trimmed, without blanks or repeats, in the order given. */
    public static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                seen.add(value.trim());
            }
        }
        return new ArrayList<>(seen);
    }
}
