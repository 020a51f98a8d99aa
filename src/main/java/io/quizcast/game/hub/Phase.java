package io.quizcast.game.hub;

/** The contract's game phases, as written on the wire. */
public final class Phase {

    public static final String NOT_STARTED = "not_started";
    public static final String SHOWING_QUESTION = "showing_question";
    public static final String REVEALING_ANSWER = "revealing_answer";
    public static final String SHOWING_LEADERBOARD = "showing_leaderboard";
    public static final String SEGMENT_COMPLETE = "segment_complete";
    public static final String MEGA_QUIZ_READY = "mega_quiz_ready";
    public static final String MEGA_QUIZ = "mega_quiz";
    public static final String EVENT_COMPLETE = "event_complete";
    public static final String PRESENTER_PAUSED = "presenter_paused";

    private Phase() {
    }
}
