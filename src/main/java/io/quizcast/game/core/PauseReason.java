package io.quizcast.game.core;

/** Why a round is paused, as the contract names it in {@code presenter_paused.reason}. */
public enum PauseReason {

    /** The quiz started with no player connected: the first player resumes it with a fresh start. */
    NO_PARTICIPANTS("no_participants"),
    /** The presenter's socket dropped: the presenter's return (or the host's override) resumes it. */
    PRESENTER_DISCONNECTED("presenter_disconnected"),
    /** The last socket of the event dropped: anyone coming back resumes it. */
    ALL_DISCONNECTED("all_disconnected");

    private final String wire;

    PauseReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The reason a stored name stands for, or null. */
    public static PauseReason of(String wire) {
        for (PauseReason r : values()) {
            if (r.wire.equals(wire)) {
                return r;
            }
        }
        return null;
    }
}
