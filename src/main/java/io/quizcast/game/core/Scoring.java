package io.quizcast.game.core;

/** The contract's score: floor(1000 × (T − t) / T) for a correct answer, clamped to 1..1000; 0 when wrong. */
public final class Scoring {

    public static final long GRACE_MS = 500;

    private Scoring() {
    }

    public static int points(boolean correct, long timeLimitMs, long responseTimeMs) {
        if (!correct) {
            return 0;
        }
        long raw = Math.floorDiv(1000L * (timeLimitMs - responseTimeMs), timeLimitMs);
        return (int) Math.max(1, Math.min(1000, raw));
    }
}
