package io.quizcast.game.message;

/** The contract's error codes and close codes of the live game. */
public final class ErrorCodes {

    public static final String BAD_MESSAGE = "bad_message";
    public static final String FORBIDDEN = "forbidden";
    public static final String INVALID_PHASE = "invalid_phase";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String NOT_JOINED = "not_joined";
    public static final String PAUSED = "paused";
    public static final String NO_QUESTION = "no_question";
    public static final String STALE = "stale";
    public static final String LATE_JOIN = "late_join";
    public static final String DUPLICATE = "duplicate";
    public static final String TOO_LATE = "too_late";
    // an answer during the reading time, before the answers open (issue 20)
    public static final String TOO_EARLY = "too_early";
    public static final String NOT_FOUND = "not_found";
    public static final String UNAVAILABLE = "unavailable";

    public static final int CLOSE_GOING_AWAY = 1001;
    public static final int CLOSE_POLICY = 1008;
    public static final int CLOSE_TOO_BIG = 1009;
    public static final int CLOSE_INVALID_TOKEN = 4401;
    public static final int CLOSE_REPLACED = 4409;
    // the organiser removed the participant (issue 20): the client must not reconnect
    public static final int CLOSE_REMOVED = 4403;
    public static final int CLOSE_RATE_LIMIT = 4429;
    // the event was deleted: nothing to reconnect to (1001 before, which clients took as "reconnect", forever)
    public static final int CLOSE_EVENT_DELETED = 4404;
    public static final String EVENT_DELETED_REASON = "event deleted";

    private ErrorCodes() {
    }
}
