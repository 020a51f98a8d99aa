package io.quizcast.game.core;

/** A paused round: why, the phase it left, and the open question's time left when it paused. */
public record Pause(PauseReason reason, Phase from, long remainingMs) {

    /** Whether the resume opens the round's question afresh rather than going back where it was. */
    public boolean reopensFresh() {
        return reason == PauseReason.NO_PARTICIPANTS || from == null || from == Phase.NOT_STARTED
                || from == Phase.SEGMENT_COMPLETE || from == Phase.MEGA_QUIZ;
    }
}
