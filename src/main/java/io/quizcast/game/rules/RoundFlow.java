package io.quizcast.game.rules;

import io.quizcast.common.json.Times;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.event.Event;
import io.quizcast.game.GameState;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.room.Detached;
import io.quizcast.game.room.GameClock;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.PauseReason;
import io.quizcast.game.room.Phase;
import io.quizcast.game.room.Room;
import io.quizcast.game.room.RoundQuestion;
import io.quizcast.game.room.Standings;
import io.quizcast.game.rules.Transitions.Command;
import io.quizcast.game.store.AnswerStore;
import io.quizcast.game.store.RoomStore;
import io.quizcast.game.store.RoundPlan;
import io.quizcast.game.store.RoundStore;
import io.quizcast.participant.Participant;
import io.quizcast.segment.Segment;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The question loop of a round (a presenter's segment or the mega quiz): start, open, reveal, leaderboard,
 * next, end, then the event's end. A command's checks run under the room's lock; what it returns runs as the
 * room's turn, on the turn's draft of the room, inside the turn's transaction, and adds what it decided to an
 * {@link Outbox}; nothing is sent (and the room does not change) before the transaction commits.
 */
@ApplicationScoped
public class RoundFlow {

    private static final Logger LOG = Logger.getLogger(RoundFlow.class);

    private final RoomStore roomStore;
    private final RoundStore roundStore;
    private final AnswerStore answerStore;
    private final RoundEnd ends;
    private final Rankings rankings;
    private final int megaDefault;
    private final int topSize;
    private final Vertx vertx;
    private final GameClock clock;

    RoundFlow(RoomStore roomStore, RoundStore roundStore, AnswerStore answerStore, RoundEnd ends, Rankings rankings,
            QuizcastConfig config,
            Vertx vertx,
            GameClock clock) {
        this.vertx = vertx;
        this.clock = clock;
        this.roomStore = roomStore;
        this.roundStore = roundStore;
        this.answerStore = answerStore;
        this.ends = ends;
        this.rankings = rankings;
        this.megaDefault = config.game().megaQuizDefaultQuestions();
        this.topSize = config.game().broadcastLeaderboardSize();
    }

    Supplier<Uni<Void>> startGame(Room room, Member sender, UUID requestedSegment, Outbox out) {
        // the role before any look-up (the contract's order of checks): a participant without an account can be
        // neither the host nor a presenter, and must not learn whether a segment id exists
        if (sender.userId == null) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Only the host or the segment's presenter may start it");
        }
        return () -> roomStore.event(room.eventId)
                .chain(event -> roundStore.segmentToStart(room.eventId, requestedSegment)
                        // only the host may learn that a segment does not exist; anyone else is refused as such
                        .onFailure(f -> f instanceof GameException g && ErrorCodes.NOT_FOUND.equals(g.code())
                                && !sender.userId.equals(event.hostId))
                        .transform(f -> new GameException(ErrorCodes.FORBIDDEN,
                                "Only the host or the segment's presenter may start it"))
                        .chain(segment -> {
                            boolean host = sender.userId != null && sender.userId.equals(event.hostId);
                            if (!host && !segment.isPresentedBy(sender.userId)) {
                                throw new GameException(ErrorCodes.FORBIDDEN,
                                        "Only the host or the segment's presenter may start it");
                            }
                            Transitions.require(Command.START_GAME, room.phase);
                            refreshSettings(room, event);
                            return roundStore.startSegmentRound(event, segment);
                        }))
                .chain(plan -> begin(room, plan, out));
    }

    Supplier<Uni<Void>> startMega(Room room, Member sender, Integer count, Outbox out) {
        requireHost(room, sender);
        Transitions.require(Command.START_MEGA_QUIZ, room.phase);
        int questions = count != null ? count : megaDefault;
        return () -> roomStore.event(room.eventId).chain(event -> {
            refreshSettings(room, event);
            return roundStore.startMegaRound(event, questions);
        }).chain(plan -> {
            out.everyone(new ServerMessage.MegaQuizStarted(room.eventId, plan.questions().size()));
            room.phase = Phase.MEGA_QUIZ;
            room.segmentId = plan.segmentId();
            room.questions = plan.questions();
            room.questionIndex = -1;
            out.everyone(RoomStates.phaseChanged(room));
            return begin(room, plan, out);
        });
    }

    Supplier<Uni<Void>> skipMega(Room room, Member sender, Outbox out) {
        requireHost(room, sender);
        Transitions.require(Command.SKIP_MEGA_QUIZ, room.phase);
        return () -> ends.completeEvent(room, out);
    }

    private Uni<Void> begin(Room room, RoundPlan plan, Outbox out) {
        return answerStore.segmentScores(plan.segmentId()).invoke(room::segmentScores)
                .chain(() -> roundStore.loadRound(plan.segmentId())).chain(stored -> {
                    int first = -1;
                    List<RoundQuestion> questions = new ArrayList<>(stored.size());
                    for (RoundStore.StoredRoundQuestion s : stored) {
                        questions.add(s.question());
                        if (first < 0 && s.openedAt() == null) {
                            first = s.question().position();
                        }
                    }
                    if (first < 0) {
                        throw new GameException(ErrorCodes.INVALID_PHASE,
                                "Every question of this round was already asked");
                    }
                    room.segmentId = plan.segmentId();
                    room.segmentKind = plan.kind();
                    room.segmentTitle = plan.title();
                    room.presenterName = plan.presenterName();
                    room.presenterUserId = Segment.KIND_MEGA.equals(plan.kind()) ? null : plan.presenterUserId();
                    room.questions = questions;
                    room.questionIndex = first;
                    room.clearAnswers();
                    room.eligible.clear();
                    out.everyone(new ServerMessage.GameStarted(plan.segmentId(), questions.size()));
                    if (room.onlinePlayers().isEmpty()) {
                        return pause(room, PauseReason.NO_PARTICIPANTS, out);
                    }
                    return openQuestion(room, first, out);
                });
    }

    /**
     * Opens question {@code index}: everyone who joined the event so far (through REST too, connected or not) and
     * waited for a question becomes a player of it; the clock starts now.
     */
    Uni<Void> openQuestion(Room room, int index, Outbox out) {
        // only who joined since the room last looked (with a margin for joins that committed late)
        Instant since = room.membersSince == null ? null : room.membersSince.minusSeconds(10);
        Instant now = Times.now();
        // stored as opened before the commit; told (and timed) from the moment it is sent, after the commit, so a
        // player never loses the transaction's time, and a restart errs on the early side by those milliseconds
        Instant storedOpenedAt = clock.now();
        GameState next = RoomStates.toStored(room);
        next.phase = Phase.SHOWING_QUESTION.wire();
        next.questionIndex = index;
        next.questionStartedAt = storedOpenedAt;
        next.pausedReason = null;
        next.pausedPhase = null;
        next.remainingMsAtPause = null;
        // one transaction (newcomers, the question's opening, the waiting players activated, the state), then
        // the room follows what was committed
        return roundStore.openQuestion(room.eventId, room.segmentId, index, storedOpenedAt, since, next)
                .invoke(newcomers -> {
                    Instant openedAt = clock.now();
                    for (Participant p : newcomers) {
                        room.addMember(new Member(p));
                    }
                    room.membersSince = now;
                    room.questionIndex = index;
                    room.openedAt = openedAt;
                    room.phase = Phase.SHOWING_QUESTION;
                    room.pausedReason = null;
                    room.pausedPhase = null;
                    room.clearAnswers();
                    room.eligible.clear();
                    room.zeroFilled = false;
                    for (Member m : room.members.values()) {
                        if (Participant.WAITING_FOR_SEGMENT.equals(m.joinStatus)) {
                            m.joinStatus = Participant.ACTIVE;
                        }
                        if (room.isPlayer(m)) {
                            room.eligible.add(m.participantId);
                        }
                    }
                    out.everyone(RoomStates.phaseChanged(room));
                    out.everyone(RoomStates.question(room));
                }).replaceWithVoid();
    }

    /** Pauses the round; an open question's clock stops (what was left is kept for the resume). */
    Uni<Void> pause(Room room, PauseReason reason, Outbox out) {
        if (room.paused()) {
            return reason == PauseReason.ALL_DISCONNECTED && reason != room.pausedReason
                    ? repause(room, reason, out)
                    : Uni.createFrom().voidItem();
        }
        RoundQuestion open = room.openQuestion();
        long remaining = room.questionIsOpen()
                ? Math.max(0, open.timeLimitMs() - Duration.between(room.openedAt, clock.now()).toMillis())
                : room.remainingAtPauseMs;
        Phase was = room.phase;
        GameState next = RoomStates.toStored(room);
        next.phase = Phase.PRESENTER_PAUSED.wire();
        next.pausedPhase = was.wire();
        next.pausedReason = reason.wire();
        next.remainingMsAtPause = remaining;
        return roomStore.saveState(next).invoke(() -> {
            room.remainingAtPauseMs = remaining;
            room.pausedPhase = was;
            room.pausedReason = reason;
            room.phase = Phase.PRESENTER_PAUSED;
            out.everyone(RoomStates.phaseChanged(room));
            out.everyone(new ServerMessage.PresenterPaused(presenterClientId(room), room.presenterName,
                    room.segmentId, room.questionIndex >= 0 ? room.questionIndex : null, room.questions.size(),
                    reason.wire()));
        });
    }

    /** A paused round gets a new reason (the clock stays stopped, what was left is kept). */
    private Uni<Void> repause(Room room, PauseReason reason, Outbox out) {
        GameState next = RoomStates.toStored(room);
        next.pausedReason = reason.wire();
        return roomStore.saveState(next).invoke(() -> {
            room.pausedReason = reason;
            out.everyone(new ServerMessage.PresenterPaused(presenterClientId(room), room.presenterName,
                    room.segmentId, room.questionIndex >= 0 ? room.questionIndex : null, room.questions.size(),
                    reason.wire()));
        });
    }

    /**
     * Ends a pause. A quiz that waited for players opens its question with a fresh start; otherwise the round
     * goes back where it was, and an open question gets back exactly the time it had left.
     */
    Uni<Void> resume(Room room, Outbox out) {
        if (!room.paused()) {
            return Uni.createFrom().voidItem();
        }
        Phase back = room.pausedPhase;
        if (room.pausedReason == PauseReason.NO_PARTICIPANTS || back == null || back == Phase.NOT_STARTED
                || back == Phase.SEGMENT_COMPLETE || back == Phase.MEGA_QUIZ) {
            return openQuestion(room, Math.max(0, room.questionIndex), out);
        }
        RoundQuestion open = room.openQuestion();
        boolean reopen = back == Phase.SHOWING_QUESTION && open != null;
        Instant openedAt = reopen ? clock.now().minusMillis(open.timeLimitMs() - room.remainingAtPauseMs)
                : room.openedAt;
        GameState next = RoomStates.toStored(room);
        next.phase = back.wire();
        next.pausedReason = null;
        next.pausedPhase = null;
        next.remainingMsAtPause = null;
        next.questionStartedAt = openedAt;
        return roomStore.saveState(next).invoke(() -> {
            room.phase = back;
            room.pausedReason = null;
            room.pausedPhase = null;
            room.openedAt = openedAt;
            out.everyone(RoomStates.phaseChanged(room));
            if (reopen) {
                out.everyone(RoomStates.question(room));
            }
        });
    }

    /**
     * The reveal: the players who did not answer are zero-filled and the phase is stored, then everything told is
     * computed in memory (the distribution from the room's answers, the rankings from its standings).
     */
    Supplier<Uni<Void>> reveal(Room room, Member sender, Outbox out) {
        requireStaff(room, sender);
        Transitions.require(Command.REVEAL_ANSWER, room.phase);
        if (!room.questionIsOpen()) {
            throw Transitions.invalidPhase("reveal_answer");
        }
        RoundQuestion q = room.openQuestion();
        GameState next = RoomStates.toStored(room);
        next.phase = Phase.REVEALING_ANSWER.wire();
        return () -> roomStore.saveState(next).invoke(() -> {
            room.phase = Phase.REVEALING_ANSWER;
            // on the room itself, once it adopted this turn (the draft is gone by then)
            out.afterSending(this::startZeroFill);
            List<Standings.Ranked> event = Standings.event(room.members.values());
            List<Standings.Ranked> segment = Standings.segment(room.members.values());
            out.everyone(RoomStates.phaseChanged(room));
            out.everyone(new ServerMessage.Reveal(q.questionId(), q.position() + 1, q.text(),
                    q.correctAnswer(), distribution(q, room.answered.values()), Standings.top(segment, topSize, true),
                    Standings.top(event, topSize, false)));
            scoresUpdate(room, event, out);
        });
    }

    Supplier<Uni<Void>> showLeaderboard(Room room, Member sender, Outbox out) {
        requireStaff(room, sender);
        Transitions.require(Command.SHOW_LEADERBOARD, room.phase);
        GameState next = RoomStates.toStored(room);
        next.phase = Phase.SHOWING_LEADERBOARD.wire();
        return () -> roomStore.saveState(next).invoke(() -> {
            room.phase = Phase.SHOWING_LEADERBOARD;
            out.everyone(RoomStates.phaseChanged(room));
            Rankings.Tops tops = rankings.tops(room);
            out.everyone(new ServerMessage.Leaderboard(tops.segment(), tops.event()));
        });
    }

    Supplier<Uni<Void>> next(Room room, Member sender, Outbox out) {
        requireStaff(room, sender);
        Transitions.require(Command.NEXT_QUESTION, room.phase);
        return () -> zeroFill(room).chain(() -> room.questionIndex + 1 < room.questions.size()
                ? openQuestion(room, room.questionIndex + 1, out)
                : ends.endRound(room, out));
    }

    Supplier<Uni<Void>> endGame(Room room, Member sender, Outbox out) {
        requireStaff(room, sender);
        Transitions.require(Command.END_GAME, room.phase);
        return () -> zeroFill(room).chain(() -> ends.endRound(room, out));
    }

    /**
     * The reveal's zero-fill runs outside the lock, once the reveal committed: nothing anyone is told depends on it
     * (no score changes), and next_question or end_game does it again in its own transaction (a no-op if it ran).
     */
    private void startZeroFill(Room room) {
        RoundQuestion q = room.openQuestion();
        if (q == null || room.zeroFilled) {
            return;
        }
        Detached.start(vertx, zeroFillWrite(room, q)).subscribe().with(done -> {
        }, failure -> LOG.debugf("the reveal's zero-fill for %s failed (next or end does it again): %s", room.eventId,
                failure));
    }

    /** Counts the players who did not answer the open question as answered with 0, once. */
    private Uni<Void> zeroFill(Room room) {
        RoundQuestion q = room.openQuestion();
        if (q == null || room.zeroFilled) {
            return Uni.createFrom().voidItem();
        }
        // done here, in the turn's own transaction, whether or not the reveal's detached zero-fill ran: waiting for
        // it could wait for a pooled connection while this transaction holds one; the question's zero_filled_at mark
        // makes whichever of the two commits second store nothing
        return zeroFillWrite(room, q).get().invoke(() -> room.zeroFilled = true);
    }

    /** The zero-fill's write for the open question, with its missing players taken now (under the lock). */
    private Supplier<Uni<Void>> zeroFillWrite(Room room, RoundQuestion q) {
        Set<UUID> missing = new HashSet<>(room.eligible);
        missing.removeAll(room.answered.keySet());
        UUID segmentId = room.segmentId;
        return () -> answerStore.zeroFill(room.eventId, segmentId, q.position(), q.questionId(), missing);
    }

    /** Each player its own standing, the staff the top entries (event totals and ranks). */
    private void scoresUpdate(Room room, List<Standings.Ranked> ranking, Outbox out) {
        List<ServerMessage.ScoreEntry> top = new ArrayList<>();
        for (Standings.Ranked r : ranking) {
            Member m = r.member();
            ServerMessage.ScoreEntry entry = new ServerMessage.ScoreEntry(m.clientId(),
                    room.points.getOrDefault(m.participantId, 0), m.totalScore, m.segmentScore, r.rank());
            if (top.size() < topSize) {
                top.add(entry);
            }
            if (!room.isStaff(m)) {
                out.member(m.participantId, new ServerMessage.ScoresUpdate(List.of(entry)));
            }
        }
        out.staff(new ServerMessage.ScoresUpdate(top));
    }

    /** How many players chose each offered answer (a zero-filled player chose none). */
    private static List<ServerMessage.DistributionEntry> distribution(RoundQuestion q, Collection<String> chosen) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (String answer : chosen) {
            if (answer != null && !answer.isEmpty()) {
                counts.merge(answer, 1, Integer::sum);
                total++;
            }
        }
        List<ServerMessage.DistributionEntry> entries = new ArrayList<>(q.answers().size());
        for (String answer : q.answers()) {
            int count = counts.getOrDefault(answer, 0);
            double percentage = total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0;
            entries.add(
                    new ServerMessage.DistributionEntry(answer, count, percentage, answer.equals(q.correctAnswer())));
        }
        return entries;
    }

    static UUID presenterClientId(Room room) {
        return room.presenterUserId;
    }

    private static void refreshSettings(Room room, Event event) {
        room.hostUserId = event.hostId;
        room.eventStatus = event.status;
        room.timePerQuestion = event.timePerQuestion;
        room.numFakeAnswers = event.numFakeAnswers;
        room.singleSegmentMode = event.singleSegmentMode;
    }

    static void requireStaff(Room room, Member sender) {
        if (!room.isStaff(sender)) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Only the host or the presenter may do this");
        }
    }

    static void requireHost(Room room, Member sender) {
        if (sender.userId == null || !sender.userId.equals(room.hostUserId)) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Only the host may do this");
        }
    }

}
