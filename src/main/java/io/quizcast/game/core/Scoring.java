package io.quizcast.game.core;

import io.quizcast.question.PointsMode;
import io.quizcast.question.Slider;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;

/**
 * The scores. Speed: floor(1000 × (T − t) / T) for a correct answer, clamped to 1..1000 (the contract's); what is
 * correct, per type, in {@link #isCorrect}; a slider's points scaled by its accuracy; the question's points mode
 * multiplies the whole (double: ×2, none: ×0). See docs/decisions.md, "Question types".
 */
public final class Scoring {

    public static final long GRACE_MS = 500;

    private Scoring() {
    }

    /** What an answer scored, before any streak bonus. */
    public record Scored(boolean correct, int points) {
    }

    /** The contract's speed points for a correct answer, 0 for a wrong one. */
    public static int points(boolean correct, long timeLimitMs, long responseTimeMs) {
        if (!correct) {
            return 0;
        }
        long raw = Math.floorDiv(1000L * (timeLimitMs - responseTimeMs), timeLimitMs);
        return (int) Math.max(1, Math.min(1000, raw));
    }

    /** An answer of the question's shape, {@code elapsedMs} after its answers opened. */
    public static Scored score(AnswerKey key, PointsMode mode, Given given, long timeLimitMs, long elapsedMs) {
        if (!key.type().scored()) {
            return new Scored(false, 0);
        }
        double share = share(key, given);
        boolean correct = share > 0;
        int speed = points(correct, timeLimitMs, elapsedMs);
        int earned = correct ? Math.max(1, (int) Math.floor(speed * share)) : 0;
        return new Scored(correct, earned * mode.multiplier());
    }

    /** Whether an answer is right: exactly, or for a slider within its tolerance. */
    public static boolean isCorrect(AnswerKey key, Given given) {
        return key.type().scored() && share(key, given) > 0;
    }

    /** The share of the speed points an answer earns: 1 when right, 0 when wrong, a slider's accuracy between. */
    private static double share(AnswerKey key, Given given) {
        return switch (key.type()) {
            case SINGLE, TRUE_FALSE -> given instanceof Given.Choice c && key.correct().get(0).equals(c.answer())
                    ? 1
                    : 0;
            case MULTIPLE -> given instanceof Given.Choices c && c.answers().size() == key.correct().size()
                    && new HashSet<>(c.answers()).equals(new HashSet<>(key.correct())) ? 1 : 0;
            case TYPE_ANSWER -> given instanceof Given.Typed t
                    && TextMatch.match(t.text(), key.correct(), key.typoTolerance()) != null ? 1 : 0;
            case ORDERING -> given instanceof Given.Order o && o.items().equals(key.correct()) ? 1 : 0;
            case SLIDER -> given instanceof Given.Number n ? accuracy(key.slider(), n.value()) : 0;
            case POLL -> 0;
        };
    }

    /**
     * A slider answer's accuracy: 1 at the correct value, falling linearly to 0 at {@code tolerance} away from it (a
     * tolerance of 0 takes the exact value only).
     */
    public static double accuracy(Slider slider, BigDecimal value) {
        BigDecimal off = value.subtract(slider.correct()).abs();
        if (off.signum() == 0) {
            return 1;
        }
        if (slider.tolerance().signum() == 0 || off.compareTo(slider.tolerance()) >= 0) {
            return 0;
        }
        return 1 - off.divide(slider.tolerance(), MathContext.DECIMAL64).doubleValue();
    }
}
