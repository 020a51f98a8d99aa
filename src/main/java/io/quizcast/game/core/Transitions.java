package io.quizcast.game.core;

import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The game's state machine as pure functions: each transition takes a {@link Game} (and its inputs) and returns the
 * next one, or refuses with a {@link GameException} and changes nothing. {@link Command} is the table: where each
 * command is valid, where it leads, and whether it closes the open question. No I/O, no clock: the caller passes
 * the time.
 */
public final class Transitions {

    private static final Set<Phase> NOT_RUNNING = EnumSet.complementOf(EnumSet.copyOf(Phase.running()));
    private static final Set<Phase> ANY = EnumSet.allOf(Phase.class);

    /**
     * The host's and presenters' commands: the contract's "valid phases" list, the phases each leads to (a round
     * that opens with nobody to play pauses, so {@code presenter_paused} follows any command that opens a question),
     * and whether it closes the open question (answers after it is received get {@code no_question}).
     */
    public enum Command {

        START_GAME("start_game", EnumSet.of(Phase.NOT_STARTED, Phase.SEGMENT_COMPLETE),
                EnumSet.of(Phase.SHOWING_QUESTION, Phase.PRESENTER_PAUSED, Phase.MEGA_QUIZ_READY,
                        Phase.EVENT_COMPLETE),
                false), REVEAL_ANSWER("reveal_answer", EnumSet.of(Phase.SHOWING_QUESTION),
                        EnumSet.of(Phase.REVEALING_ANSWER), true), SHOW_LEADERBOARD("show_leaderboard",
                                EnumSet.of(Phase.REVEALING_ANSWER),
                                EnumSet.of(Phase.SHOWING_LEADERBOARD), false), NEXT_QUESTION("next_question",
                                        EnumSet.of(Phase.REVEALING_ANSWER, Phase.SHOWING_LEADERBOARD),
                                        EnumSet.of(Phase.SHOWING_QUESTION, Phase.SEGMENT_COMPLETE,
                                                Phase.MEGA_QUIZ_READY,
                                                Phase.EVENT_COMPLETE),
                                        true), END_GAME("end_game",
                                                EnumSet.of(Phase.SHOWING_QUESTION, Phase.REVEALING_ANSWER,
                                                        Phase.SHOWING_LEADERBOARD),
                                                EnumSet.of(Phase.SEGMENT_COMPLETE, Phase.MEGA_QUIZ_READY,
                                                        Phase.EVENT_COMPLETE),
                                                true), START_MEGA_QUIZ("start_mega_quiz",
                                                        EnumSet.of(Phase.MEGA_QUIZ_READY),
                                                        EnumSet.of(Phase.SHOWING_QUESTION, Phase.PRESENTER_PAUSED),
                                                        false), SKIP_MEGA_QUIZ("skip_mega_quiz",
                                                                EnumSet.of(Phase.MEGA_QUIZ_READY),
                                                                EnumSet.of(Phase.EVENT_COMPLETE),
                                                                false), SELECT_PRESENTER("select_presenter", ANY, ANY,
                                                                        false), START_PRESENTATION("start_presentation",
                                                                                NOT_RUNNING,
                                                                                EnumSet.of(Phase.NOT_STARTED),
                                                                                false), PASS_PRESENTER("pass_presenter",
                                                                                        ANY, ANY,
                                                                                        false), ADMIN_SELECT_PRESENTER(
                                                                                                "admin_select_presenter",
                                                                                                ANY, ANY,
                                                                                                false), RESUME_SEGMENT(
                                                                                                        "resume_segment",
                                                                                                        NOT_RUNNING,
                                                                                                        EnumSet.of(
                                                                                                                Phase.NOT_STARTED),
                                                                                                        false);

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

    private Transitions() {
    }

    public static boolean allows(Command command, Phase phase) {
        return command.validIn.contains(phase);
    }

    /** Refuses a command outside its phases with the contract's {@code invalid_phase}. */
    public static void require(Command command, Phase phase) {
        if (!allows(command, phase)) {
            throw invalidPhase(command.wire());
        }
    }

    public static GameException invalidPhase(String command) {
        return new GameException(ErrorCodes.INVALID_PHASE, command + " does not fit the current phase");
    }

    // -- who may

    public static void requireStaff(Game game, UUID userId) {
        if (!game.isStaff(userId)) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Only the host or the presenter may do this");
        }
    }

    public static void requireHost(Game game, UUID userId) {
        if (!game.isHost(userId)) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Only the host may do this");
        }
    }

    // -- the round

    /** A round is set up with its first question to open ({@code first}); the phase stays until it opens. */
    public static Game roundStarted(Game game, Round round, int first, EventSettings settings) {
        return new Game(game.phase(), round, first, null, null, game.pendingPresenterId(), false, settings);
    }

    /** The mega quiz begins: its round is set, its first question opens next. */
    public static Game megaStarted(Game game, Round mega) {
        require(Command.START_MEGA_QUIZ, game.phase());
        return new Game(Phase.MEGA_QUIZ, mega, -1, null, null, game.pendingPresenterId(), false, game.settings());
    }

    /** Question {@code index} opens at {@code at}: its clock starts, any pause ends. */
    public static Game opened(Game game, int index, Instant at) {
        if (game.round() == null || index < 0 || index >= game.questionCount()) {
            throw new IllegalArgumentException("no question " + index + " in this round");
        }
        return game.with(Phase.SHOWING_QUESTION).with((Pause) null).withQuestion(index, at);
    }

    public static Game revealed(Game game) {
        require(Command.REVEAL_ANSWER, game.phase());
        if (!game.questionIsOpen()) {
            throw invalidPhase(Command.REVEAL_ANSWER.wire());
        }
        return game.with(Phase.REVEALING_ANSWER);
    }

    public static Game leaderboardShown(Game game) {
        require(Command.SHOW_LEADERBOARD, game.phase());
        return game.with(Phase.SHOWING_LEADERBOARD);
    }

    /** The players who did not answer the open question were counted with 0. */
    public static Game zeroFilled(Game game) {
        return game.withZeroFilled();
    }

    /** The round's end: the segment completes, then the mega quiz is offered (or not: the caller decides). */
    public static Game roundEnded(Game game, boolean offerMega) {
        return new Game(offerMega ? Phase.MEGA_QUIZ_READY : Phase.SEGMENT_COMPLETE, game.round(), -1, null, null,
                game.pendingPresenterId(), game.zeroFilled(), game.settings());
    }

    /** The event's end: the podium. */
    public static Game eventCompleted(Game game) {
        return new Game(Phase.EVENT_COMPLETE, game.round(), -1, null, null, game.pendingPresenterId(),
                game.zeroFilled(), game.settings().finished());
    }

    // -- pauses

    /**
     * The round pauses; an open question's clock stops (what was left is kept). A paused round only changes its
     * reason to {@code all_disconnected} (the last one out decides); any other pause of a paused round changes nothing.
     */
    public static Game paused(Game game, PauseReason reason, Instant now) {
        if (game.paused()) {
            Pause p = game.pause();
            return reason == PauseReason.ALL_DISCONNECTED && reason != p.reason()
                    ? game.with(new Pause(reason, p.from(), p.remainingMs()))
                    : game;
        }
        return game.with(Phase.PRESENTER_PAUSED).with(new Pause(reason, game.phase(), game.remainingMs(now)));
    }

    /** Whether the resume of this pause opens the round's question afresh (a quiz that waited for players). */
    public static boolean resumeReopens(Game game) {
        return game.paused() && game.pause().reopensFresh();
    }

    /** The question a fresh resume opens. */
    public static int resumeQuestion(Game game) {
        return Math.max(0, game.questionIndex());
    }

    /**
     * The round goes back where it paused; an open question gets back exactly the time it had left. A game that is
     * not paused is returned as it is.
     */
    public static Game resumed(Game game, Instant now) {
        if (!game.paused()) {
            return game;
        }
        if (game.pause().reopensFresh()) {
            return opened(game, resumeQuestion(game), now);
        }
        Pause p = game.pause();
        RoundQuestion open = game.openQuestion();
        boolean reopen = p.from() == Phase.SHOWING_QUESTION && open != null;
        Instant openedAt = reopen ? now.minusMillis(open.timeLimitMs() - p.remainingMs()) : game.openedAt();
        return new Game(p.from(), game.round(), game.questionIndex(), openedAt, null, game.pendingPresenterId(),
                game.zeroFilled(), game.settings());
    }

    /**
     * Whether a join ends the pause: the first player resumes a quiz waiting for players, the presenter's return
     * resumes its round, and anyone coming back resumes a round everybody had left.
     */
    public static boolean joinResumes(Game game, boolean player, boolean presenter) {
        if (!game.paused()) {
            return false;
        }
        PauseReason reason = game.pause().reason();
        return (reason == PauseReason.NO_PARTICIPANTS && player)
                || (reason == PauseReason.PRESENTER_DISCONNECTED && presenter)
                || reason == PauseReason.ALL_DISCONNECTED;
    }

    /**
     * Why a leave pauses the running round, or null: the last one out pauses it as all_disconnected, whoever left
     * before (see docs/decisions.md, "Pauses"); the presenter, still away, pauses a round that runs.
     */
    public static PauseReason leavePauses(Game game, boolean nobodyLeft, boolean presenterAway) {
        if (!game.roundRunning()) {
            return null;
        }
        if (nobodyLeft) {
            return PauseReason.ALL_DISCONNECTED;
        }
        return presenterAway && !game.paused() ? PauseReason.PRESENTER_DISCONNECTED : null;
    }

    // -- presenters

    public static Game presenterSelected(Game game, UUID clientId) {
        return game.withPendingPresenter(clientId);
    }

    /** The selected presenter's own new round, ready to start. */
    public static Game presentationStarted(Game game, Round round) {
        require(Command.START_PRESENTATION, game.phase());
        return new Game(Phase.NOT_STARTED, round, -1, null, null, null, false, game.settings());
    }

    /** A round's presenter changed; the running round's presenter is the new one at once. */
    public static Game presenterAssigned(Game game, UUID segmentId, UUID userId, String name) {
        if (game.round() == null || !segmentId.equals(game.segmentId())) {
            return game;
        }
        return game.with(game.round().withPresenter(userId, name));
    }

    /** A completed round reopened by the host: ready to start again. */
    public static Game segmentReopened(Game game, Round round) {
        require(Command.RESUME_SEGMENT, game.phase());
        return new Game(Phase.NOT_STARTED, round, -1, null, null, game.pendingPresenterId(), false, game.settings());
    }
}
