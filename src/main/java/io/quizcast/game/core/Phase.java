package io.quizcast.game.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The contract's game phases; {@link #wire()} is the name on the wire and in {@code game_states.phase}. */
public enum Phase {

    NOT_STARTED("not_started"),
    SHOWING_QUESTION("showing_question"),
    REVEALING_ANSWER(
            "revealing_answer"),
    SHOWING_LEADERBOARD("showing_leaderboard"),
    SEGMENT_COMPLETE(
            "segment_complete"),
    MEGA_QUIZ_READY("mega_quiz_ready"),
    MEGA_QUIZ(
            "mega_quiz"),
    EVENT_COMPLETE("event_complete"),
    PRESENTER_PAUSED("presenter_paused");

    /** The phases of a round in play, paused included (a pause keeps its round). */
    private static final Set<Phase> RUNNING = Collections.unmodifiableSet(
            EnumSet.of(SHOWING_QUESTION, REVEALING_ANSWER, SHOWING_LEADERBOARD, PRESENTER_PAUSED));

    private final String wire;

    Phase(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The phases of a round in play: its question, reveal and leaderboard, and presenter_paused. */
    public static Set<Phase> running() {
        return RUNNING;
    }

    public boolean isRunning() {
        return RUNNING.contains(this);
    }

    /** The phase a stored name stands for; none stored is {@link #NOT_STARTED}. */
    public static Phase of(String wire) {
        if (wire == null) {
            return NOT_STARTED;
        }
        for (Phase p : values()) {
            if (p.wire.equals(wire)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown phase " + wire);
    }
}
