package io.quizcast.game.core;

/**
 * How an event plays: seconds a question shows before its answers open, whether it reveals by itself when the time
 * is up or everyone answered, seconds after a reveal and a leaderboard before it moves on by itself (0: never),
 * whether consecutive correct answers earn a bonus, and whether answers are shuffled for each play.
 */
public record PlaySettings(int readingSeconds, boolean autoReveal, int autoAdvanceSeconds, boolean streakBonus,
        boolean shuffleAnswers) {

    /** v1's game: no reading time, the host moves everything on, no streak bonus, shuffled answers. */
    public static final PlaySettings V1 = new PlaySettings(0, false, 0, false, true);

    public long readingMs() {
        return readingSeconds * 1000L;
    }

    public long autoAdvanceMs() {
        return autoAdvanceSeconds * 1000L;
    }
}
