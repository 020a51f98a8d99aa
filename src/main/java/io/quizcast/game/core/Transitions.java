package io.quizcast.game.core;

import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.leaderboard.LeaderboardEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The game's state machine as pure functions: each transition takes a {@link Game} (and its inputs) and returns a
 * {@link Step} (the next game and what everyone is told of it), or refuses with a {@link GameException} and changes
 * nothing. {@link Command} is the table: where each command is valid, where it leads, and whether it closes the open
 * question. No I/O, no clock: the caller passes the time, and what the room knows (answers, rankings) as inputs.
 */
public final class Transitions {

    private Transitions() {
    }

    public static boolean allows(Command command, Phase phase) {
        return command.validIn().contains(phase);
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
    public static Step roundStarted(Game game, Round round, int first, EventSettings settings) {
        Game next = new Game(game.phase(), round, first, null, null, game.pendingPresenterId(), false, settings);
        return Step.of(next, new ServerMessage.GameStarted(round.segmentId(), round.questions().size()));
    }

    /** The mega quiz of event {@code eventId} begins: its round is set, its first question opens next. */
    public static Step megaStarted(Game game, Round mega, UUID eventId) {
        require(Command.START_MEGA_QUIZ, game.phase());
        Game next = new Game(Phase.MEGA_QUIZ, mega, -1, null, null, game.pendingPresenterId(), false,
                game.settings());
        return Step.of(next, new ServerMessage.MegaQuizStarted(eventId, mega.questions().size()),
                Told.phaseChanged(next));
    }

    /**
     * Question {@code index} is shown at {@code at}, any pause ends. Its answers open at once, or after the event's
     * reading time: then it is told as a {@code question_preview}, and {@link #answersOpened} tells the question when
     * its clock starts.
     */
    public static Step opened(Game game, int index, Instant at) {
        if (game.round() == null || index < 0 || index >= game.questionCount()) {
            throw new IllegalArgumentException("no question " + index + " in this round");
        }
        long readingMs = game.settings().play().readingMs();
        Game next = game.with(Phase.SHOWING_QUESTION).with((Pause) null).withQuestion(index, at.plusMillis(readingMs));
        return readingMs > 0
                ? Step.of(next, Told.phaseChanged(next), Told.preview(next, at))
                : Step.of(next, Told.phaseChanged(next), Told.question(next));
    }

    /** The reading time is over at {@code now}: the question is told with its answers, its clock runs. */
    public static Step answersOpened(Game game, Instant now) {
        if (!game.questionIsOpen() || game.reading(now)) {
            throw new IllegalStateException("no question's answers open now");
        }
        return Step.of(game, Told.question(game));
    }

    /** The open question's answer, with what the players chose ({@code chosen}: one entry per stored answer). */
    public static Step revealed(Game game, Collection<String> chosen, Tops tops) {
        require(Command.REVEAL_ANSWER, game.phase());
        if (!game.questionIsOpen()) {
            throw invalidPhase(Command.REVEAL_ANSWER.wire());
        }
        RoundQuestion q = game.openQuestion();
        Game next = game.with(Phase.REVEALING_ANSWER);
        return Step.of(next, Told.phaseChanged(next), Reveals.reveal(q, chosen, tops));
    }

    public static Step leaderboardShown(Game game, Tops tops) {
        require(Command.SHOW_LEADERBOARD, game.phase());
        Game next = game.with(Phase.SHOWING_LEADERBOARD);
        return Step.of(next, Told.phaseChanged(next), new ServerMessage.Leaderboard(tops.segment(), tops.event()));
    }

    /** The players who did not answer the open question were counted with 0 (a mark nobody is told of). */
    public static Game zeroFilled(Game game) {
        return game.withZeroFilled();
    }

    /** A presenter's round ends: its segment completes, with its ranking and the event's. */
    public static Step roundEnded(Game game, Tops tops) {
        Round round = game.round();
        if (round == null || round.mega()) {
            throw new IllegalArgumentException("no presenter's round runs");
        }
        Game next = new Game(Phase.SEGMENT_COMPLETE, round, -1, null, null, game.pendingPresenterId(),
                game.zeroFilled(), game.settings());
        return Step.of(next, new ServerMessage.GameEnded(round.segmentId()), Told.phaseChanged(next),
                new ServerMessage.SegmentComplete(round.segmentId(), round.title(), round.presenterName(),
                        tops.segment(), tops.event(), Tops.first(tops.segment()), Tops.first(tops.event())));
    }

    /** Every round with questions was played: the mega quiz is offered, with {@code questions} to draw from. */
    public static Step megaOffered(Game game, UUID eventId, int questions, List<LeaderboardEntry> ranking,
            boolean singleRound) {
        Game next = new Game(Phase.MEGA_QUIZ_READY, game.round(), -1, null, null, game.pendingPresenterId(),
                game.zeroFilled(), game.settings());
        return Step.of(next, Told.phaseChanged(next), new ServerMessage.MegaQuizReady(eventId, questions, ranking,
                singleRound, next.settings().singleSegmentMode()));
    }

    /** The mega quiz's last question was played (or it was ended): its round ends, the event's end follows. */
    public static Step megaEnded(Game game) {
        if (game.round() == null || !game.round().mega()) {
            throw new IllegalArgumentException("no mega quiz runs");
        }
        return Step.of(game, new ServerMessage.GameEnded(game.segmentId()));
    }

    /** The event's end: the podium, with the final ranking and each round's winner. */
    public static Step eventCompleted(Game game, UUID eventId, List<LeaderboardEntry> ranking,
            List<ServerMessage.SegmentWinner> winners) {
        Game next = new Game(Phase.EVENT_COMPLETE, game.round(), -1, null, null, game.pendingPresenterId(),
                game.zeroFilled(), game.settings().finished());
        return Step.of(next, Told.phaseChanged(next),
                new ServerMessage.EventComplete(eventId, ranking, Tops.first(ranking), winners));
    }

    // -- pauses

    /**
     * The round pauses; an open question's clock stops (what was left is kept). A paused round only changes its
     * reason to {@code all_disconnected} (the last one out decides); any other pause of a paused round changes nothing.
     */
    public static Step paused(Game game, PauseReason reason, Instant now) {
        if (game.paused()) {
            Pause p = game.pause();
            return reason == PauseReason.ALL_DISCONNECTED && reason != p.reason()
                    ? Step.of(game.with(new Pause(reason, p.from(), p.remainingMs())), pausedMessage(game, reason))
                    : Step.unchanged(game);
        }
        Game next = game.with(Phase.PRESENTER_PAUSED).with(new Pause(reason, game.phase(), game.remainingMs(now)));
        return Step.of(next, Told.phaseChanged(next), pausedMessage(next, reason));
    }

    private static ServerMessage pausedMessage(Game game, PauseReason reason) {
        return new ServerMessage.PresenterPaused(game.presenterUserId(), game.presenterName(), game.segmentId(),
                game.questionIndex() >= 0 ? game.questionIndex() : null, game.questionCount(), reason.wire());
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
    public static Step resumed(Game game, Instant now) {
        if (!game.paused()) {
            return Step.unchanged(game);
        }
        if (game.pause().reopensFresh()) {
            return opened(game, resumeQuestion(game), now);
        }
        Pause p = game.pause();
        RoundQuestion open = game.openQuestion();
        boolean reopen = p.from() == Phase.SHOWING_QUESTION && open != null;
        Instant openedAt = reopen ? now.minusMillis(open.timeLimitMs() - p.remainingMs()) : game.openedAt();
        Game next = new Game(p.from(), game.round(), game.questionIndex(), openedAt, null, game.pendingPresenterId(),
                game.zeroFilled(), game.settings());
        return next.questionIsOpen()
                ? Step.of(next, Told.phaseChanged(next), Told.question(next))
                : Step.of(next, Told.phaseChanged(next));
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

    /** {@code clientId} presents next ({@code first}: the event has no presenter's round yet). */
    public static Step presenterSelected(Game game, UUID clientId, String name, boolean first) {
        return Step.of(game.withPendingPresenter(clientId), new ServerMessage.PresenterSelected(clientId, name, first));
    }

    /** The selected presenter's own new round, ready to start. */
    public static Step presentationStarted(Game game, Round round, UUID clientId, String name) {
        require(Command.START_PRESENTATION, game.phase());
        Game next = new Game(Phase.NOT_STARTED, round, -1, null, null, null, false, game.settings());
        return Step.of(next, new ServerMessage.PresentationStarted(round.segmentId(), clientId, name));
    }

    /**
     * Round {@code segmentId}'s presenter is now the account {@code userId} ({@code clientId} on the wire); when that
     * round runs, its presenter changes at once.
     */
    public static Step presenterAssigned(Game game, UUID segmentId, UUID previous, UUID clientId, UUID userId,
            String name) {
        Game next = game.round() == null || !segmentId.equals(game.segmentId()) ? game
                : game.with(game.round().withPresenter(userId, name));
        return Step.of(next, new ServerMessage.PresenterChanged(previous, clientId, name, segmentId));
    }

    /** A completed round reopened by the host: ready to start again. */
    public static Step segmentReopened(Game game, Round round) {
        require(Command.RESUME_SEGMENT, game.phase());
        Game next = new Game(Phase.NOT_STARTED, round, -1, null, null, game.pendingPresenterId(), false,
                game.settings());
        return Step.of(next, Told.phaseChanged(next));
    }
}
