package io.quizcast.game.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * The host's and presenters' commands: the contract's "valid phases" list, the phases each leads to (a round
 * that opens with nobody to play pauses, so {@code presenter_paused} follows any command that opens a question),
 * and whether it closes the open question (answers after it is received get {@code no_question}).
 */
public enum Command {

    START_GAME("start_game", EnumSet.of(Phase.NOT_STARTED, Phase.SEGMENT_COMPLETE),
            EnumSet.of(Phase.SHOWING_QUESTION, Phase.PRESENTER_PAUSED, Phase.MEGA_QUIZ_READY,
                    Phase.EVENT_COMPLETE),
            false),
    REVEAL_ANSWER("reveal_answer", EnumSet.of(Phase.SHOWING_QUESTION), EnumSet.of(Phase.REVEALING_ANSWER), true),
    SHOW_LEADERBOARD("show_leaderboard", EnumSet.of(Phase.REVEALING_ANSWER),
            EnumSet.of(Phase.SHOWING_LEADERBOARD), false),
    NEXT_QUESTION("next_question", EnumSet.of(Phase.REVEALING_ANSWER, Phase.SHOWING_LEADERBOARD),
            EnumSet.of(Phase.SHOWING_QUESTION, Phase.SEGMENT_COMPLETE, Phase.MEGA_QUIZ_READY,
                    Phase.EVENT_COMPLETE),
            true),
    END_GAME("end_game", EnumSet.of(Phase.SHOWING_QUESTION, Phase.REVEALING_ANSWER, Phase.SHOWING_LEADERBOARD),
            EnumSet.of(Phase.SEGMENT_COMPLETE, Phase.MEGA_QUIZ_READY, Phase.EVENT_COMPLETE), true),
    START_MEGA_QUIZ("start_mega_quiz", EnumSet.of(Phase.MEGA_QUIZ_READY),
            EnumSet.of(Phase.SHOWING_QUESTION, Phase.PRESENTER_PAUSED), false),
    SKIP_MEGA_QUIZ("skip_mega_quiz", EnumSet.of(Phase.MEGA_QUIZ_READY), EnumSet.of(Phase.EVENT_COMPLETE), false),
    SELECT_PRESENTER("select_presenter", any(), any(), false),
    START_PRESENTATION("start_presentation", notRunning(), EnumSet.of(Phase.NOT_STARTED), false),
    PASS_PRESENTER("pass_presenter", any(), any(), false),
    ADMIN_SELECT_PRESENTER("admin_select_presenter", any(), any(), false),
    RESUME_SEGMENT("resume_segment", notRunning(), EnumSet.of(Phase.NOT_STARTED), false);

    private final String wire;
    private final Set<Phase> validIn;
    private final Set<Phase> leadsTo;
    private final boolean closesQuestion;

    Command(String wire, Set<Phase> validIn, Set<Phase> leadsTo, boolean closesQuestion) {
        this.wire = wire;
        this.validIn = validIn;
        this.leadsTo = leadsTo;
        this.closesQuestion = closesQuestion;
    }

    public String wire() {
        return wire;
    }

    public Set<Phase> validIn() {
        return EnumSet.copyOf(validIn);
    }

    /** The phases the game may be in once the command is done (the phase it was in, for those that keep it). */
    public Set<Phase> leadsTo() {
        return EnumSet.copyOf(leadsTo);
    }

    public boolean closesQuestion() {
        return closesQuestion;
    }

    private static Set<Phase> any() {
        return EnumSet.allOf(Phase.class);
    }

    private static Set<Phase> notRunning() {
        return EnumSet.complementOf(EnumSet.copyOf(Phase.running()));
    }

    /** The command a message type names, or null for a frame that is not a command. */
    public static Command ofWire(String type) {
        for (Command c : values()) {
            if (c.wire.equals(type)) {
                return c;
            }
        }
        return null;
    }
}
