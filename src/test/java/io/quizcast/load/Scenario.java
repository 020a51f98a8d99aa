package io.quizcast.load;

/** The measured scenarios and their default shape; every default can be overridden on the command line. */
public enum Scenario {

    /** One event of 10,000 players, 10 questions, nobody answers: how fast a question reaches every screen. */
    FANOUT("fanout", 1, 10_000, 10, 0.0, 0, 0),
    /** 100 events of 100 players, their questions in parallel. */
    MANY_EVENTS("many-events", 100, 100, 5, 0.0, 0, 0),
    /** 10,000 players all answering each of 5 questions within 1 s. */
    ANSWER_BURST("answer-burst", 1, 10_000, 5, 1.0, 1_000, 0),
    /** 2,000 players, 10 questions, everyone answers; reveals, leaderboards, next, end. */
    WHOLE_GAME("whole-game", 1, 2_000, 10, 1.0, 3_000, 0),
    /** 10,000 joined sockets held for 60 s: resident memory per socket. */
    IDLE_MEMORY("idle-memory", 1, 10_000, 0, 0.0, 0, 60),
    /** Launch to readiness of the server (measured by the bench, which starts the server). */
    STARTUP("startup", 0, 0, 0, 0.0, 0, 0),
    /** Games of 1,000 players back to back for 30 minutes (the bench repeats it): memory, files, pool, rooms. */
    SOAK("soak", 1, 1_000, 5, 1.0, 3_000, 0),
    /** A small game for the tool's own tests and a first try. */
    SMOKE("smoke", 2, 20, 2, 0.8, 200, 0);

    final String id;
    final int events;
    final int players;
    final int questions;
    final double answerShare;
    final long answerWindowMs;
    final int holdSeconds;

    Scenario(String id, int events, int players, int questions, double answerShare, long answerWindowMs,
            int holdSeconds) {
        this.id = id;
        this.events = events;
        this.players = players;
        this.questions = questions;
        this.answerShare = answerShare;
        this.answerWindowMs = answerWindowMs;
        this.holdSeconds = holdSeconds;
    }

    public String id() {
        return id;
    }

    public static Scenario of(String id) {
        for (Scenario s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + id + "'; one of: fanout, many-events, answer-burst,"
                + " whole-game, idle-memory, startup, soak, smoke");
    }
}
