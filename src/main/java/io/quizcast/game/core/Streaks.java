package io.quizcast.game.core;

import io.quizcast.question.PointsMode;

/**
 * The answer streak, as Kahoot counts it: each correct answer in a row adds one, a wrong or missing answer ends it,
 * and a question that scores nothing (a poll, points "none") leaves it as it is. With the event's streak bonus on, a
 * correct answer that makes a streak of n earns 100 × (n − 1) more points, at most 500 (not doubled by double
 * points). See docs/decisions.md, "The streak bonus".
 */
public final class Streaks {

    static final int STEP = 100;
    static final int CAP = 500;

    private Streaks() {
    }

    /** Whether the question counts towards a streak. */
    public static boolean counts(RoundQuestion q) {
        return q.type().scored() && q.points() != PointsMode.NONE;
    }

    /** The streak after an answer to {@code q}. */
    public static int after(int before, RoundQuestion q, boolean correct) {
        if (!counts(q)) {
            return before;
        }
        return correct ? before + 1 : 0;
    }

    /** The bonus of a correct answer that makes a streak of {@code streak}. */
    public static int bonus(int streak, boolean on) {
        return on && streak >= 2 ? Math.min(STEP * (streak - 1), CAP) : 0;
    }
}
