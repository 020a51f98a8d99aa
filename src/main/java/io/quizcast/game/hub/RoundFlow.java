package io.quizcast.game.hub;

import io.quizcast.common.json.Times;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.event.Event;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.service.GameService;
import io.quizcast.game.service.GameStore;
import io.quizcast.game.service.PlayerScore;
import io.quizcast.game.service.RoundPlan;
import io.quizcast.segment.Segment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The question loop of a round (a presenter's segment or the mega quiz): start, open, reveal, leaderboard,
 * next, end, then the event's end. Every method runs under the room's lock and adds what it decided to an
 * {@link Outbox}; nothing is sent before the change it announces is stored.
 */
@ApplicationScoped
public class RoundFlow {

    private final GameService games;
    private final GameStore store;
    private final Rankings rankings;
    private final RoundEnd ends;
    private final int megaDefault;

    RoundFlow(GameService games, GameStore store, Rankings rankings, RoundEnd ends, QuizcastConfig config) {
        this.games = games;
        this.store = store;
        this.rankings = rankings;
        this.ends = ends;
        this.megaDefault = config.game().megaQuizDefaultQuestions();
    }

    Uni<Void> startGame(Room room, Member sender, UUID requestedSegment, Outbox out) {
        return games.event(room.eventId).chain(event -> games.segmentToStart(room.eventId, requestedSegment)
                .chain(segment -> {
                    boolean host = sender.userId != null && sender.userId.equals(event.hostId);
                    if (!host && !segment.isPresentedBy(sender.userId)) {
                        throw new GameException(ErrorCodes.FORBIDDEN,
                                "Only the host or the segment's presenter may start it");
                    }
                    if (!Phase.NOT_STARTED.equals(room.phase) && !Phase.SEGMENT_COMPLETE.equals(room.phase)) {
                        throw invalidPhase("start_game");
                    }
                    refreshSettings(room, event);
                    return games.startSegmentRound(event, segment);
                }))
                .chain(plan -> begin(room, plan, out));
    }

    Uni<Void> startMega(Room room, Member sender, Integer count, Outbox out) {
        requireHost(room, sender);
        if (!Phase.MEGA_QUIZ_READY.equals(room.phase)) {
            throw invalidPhase("start_mega_quiz");
        }
        int questions = count != null ? count : megaDefault;
        return games.event(room.eventId).chain(event -> {
            refreshSettings(room, event);
            return games.startMegaRound(event, questions);
        }).chain(plan -> {
            out.add(room.everyone(), new ServerMessage.MegaQuizStarted(room.eventId, plan.questions().size()));
            room.phase = Phase.MEGA_QUIZ;
            room.segmentId = plan.segmentId();
            room.questions = plan.questions();
            room.questionIndex = -1;
            out.add(room.everyone(), RoomStates.phaseChanged(room));
            return begin(room, plan, out);
        });
    }

    Uni<Void> skipMega(Room room, Member sender, Outbox out) {
        requireHost(room, sender);
        if (!Phase.MEGA_QUIZ_READY.equals(room.phase)) {
            throw invalidPhase("skip_mega_quiz");
        }
        return ends.completeEvent(room, out);
    }

    private Uni<Void> begin(Room room, RoundPlan plan, Outbox out) {
        return store.loadRound(plan.segmentId()).chain(stored -> {
            int first = -1;
            List<RoundQuestion> questions = new ArrayList<>(stored.size());
            for (GameStore.StoredRoundQuestion s : stored) {
                questions.add(s.question());
                if (first < 0 && s.openedAt() == null) {
                    first = s.question().position();
                }
            }
            if (first < 0) {
                throw new GameException(ErrorCodes.INVALID_PHASE, "Every question of this round was already asked");
            }
            room.segmentId = plan.segmentId();
            room.segmentKind = plan.kind();
            room.segmentTitle = plan.title();
            room.presenterName = plan.presenterName();
            room.presenterUserId = Segment.KIND_MEGA.equals(plan.kind()) ? null : plan.presenterUserId();
            room.questions = questions;
            room.questionIndex = first;
            room.answered.clear();
            room.eligible.clear();
            out.add(room.everyone(), new ServerMessage.GameStarted(plan.segmentId(), questions.size()));
            if (room.onlinePlayers().isEmpty()) {
                return pause(room, "no_participants", out);
            }
            return openQuestion(room, first, out);
        });
    }

    /**
     * Opens question {@code index}: everyone who joined the event so far (through REST too, connected or not) and
     * waited for a question becomes a player of it; the clock starts now.
     */
    Uni<Void> openQuestion(Room room, int index, Outbox out) {
        return games.participants(room.eventId).chain(participants -> {
            for (io.quizcast.participant.Participant p : participants) {
                room.members.putIfAbsent(p.id, new Member(p));
            }
            room.questionIndex = index;
            room.openedAt = Times.now();
            room.phase = Phase.SHOWING_QUESTION;
            room.pausedReason = null;
            room.pausedPhase = null;
            room.answered.clear();
            room.eligible.clear();
            room.zeroFilled = false;
            for (Member m : room.members.values()) {
                if (io.quizcast.participant.Participant.WAITING_FOR_SEGMENT.equals(m.joinStatus)) {
                    m.joinStatus = io.quizcast.participant.Participant.ACTIVE;
                }
                if (room.isPlayer(m)) {
                    room.eligible.add(m.participantId);
                }
            }
            return store.openQuestion(room.eventId, room.segmentId, index, room.openedAt);
        })
                .chain(() -> games.saveState(RoomStates.toStored(room)))
                .invoke(() -> {
                    out.add(room.everyone(), RoomStates.phaseChanged(room));
                    out.add(room.everyone(), RoomStates.question(room));
                });
    }

    /** Pauses the round; an open question's clock stops (what was left is kept for the resume). */
    Uni<Void> pause(Room room, String reason, Outbox out) {
        if (room.paused()) {
            return Uni.createFrom().voidItem();
        }
        RoundQuestion open = room.openQuestion();
        if (room.questionIsOpen()) {
            long elapsed = java.time.Duration.between(room.openedAt, Times.now()).toMillis();
            room.remainingAtPauseMs = Math.max(0, open.timeLimitMs() - elapsed);
        }
        room.pausedPhase = room.phase;
        room.pausedReason = reason;
        room.phase = Phase.PRESENTER_PAUSED;
        return games.saveState(RoomStates.toStored(room)).invoke(() -> {
            out.add(room.everyone(), RoomStates.phaseChanged(room));
            out.add(room.everyone(), new ServerMessage.PresenterPaused(presenterClientId(room), room.presenterName,
                    room.segmentId, room.questionIndex >= 0 ? room.questionIndex : null, room.questions.size(),
                    reason));
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
        String back = room.pausedPhase;
        if ("no_participants".equals(room.pausedReason) || back == null || Phase.NOT_STARTED.equals(back)
                || Phase.SEGMENT_COMPLETE.equals(back) || Phase.MEGA_QUIZ.equals(back)) {
            return openQuestion(room, Math.max(0, room.questionIndex), out);
        }
        room.phase = back;
        room.pausedReason = null;
        room.pausedPhase = null;
        RoundQuestion open = room.openQuestion();
        boolean reopen = Phase.SHOWING_QUESTION.equals(back) && open != null;
        if (reopen) {
            room.openedAt = Times.now().minusMillis(open.timeLimitMs() - room.remainingAtPauseMs);
        }
        return games.saveState(RoomStates.toStored(room)).invoke(() -> {
            out.add(room.everyone(), RoomStates.phaseChanged(room));
            if (reopen) {
                out.add(room.everyone(), RoomStates.question(room));
            }
        });
    }

    Uni<Void> reveal(Room room, Member sender, Outbox out) {
        requireStaff(room, sender);
        if (!room.questionIsOpen()) {
            throw invalidPhase("reveal_answer");
        }
        RoundQuestion q = room.openQuestion();
        return zeroFill(room).chain(() -> store.distribution(room.segmentId, q.questionId()))
                .chain(counts -> rankings.tops(room.eventId, room.segmentId)
                        .chain(tops -> store.scores(room.eventId, room.segmentId, q.questionId()).chain(scores -> {
                            room.phase = Phase.REVEALING_ANSWER;
                            return games.saveState(RoomStates.toStored(room)).invoke(() -> {
                                out.add(room.everyone(), RoomStates.phaseChanged(room));
                                out.add(room.everyone(), new ServerMessage.Reveal(q.questionId(), q.position() + 1,
                                        q.text(), q.correctAnswer(), distribution(q, counts), tops.segment(),
                                        tops.event()));
                                scoresUpdate(room, scores, out);
                            });
                        })));
    }

    Uni<Void> showLeaderboard(Room room, Member sender, Outbox out) {
        requireStaff(room, sender);
        if (!Phase.REVEALING_ANSWER.equals(room.phase)) {
            throw invalidPhase("show_leaderboard");
        }
        return rankings.tops(room.eventId, room.segmentId).chain(tops -> {
            room.phase = Phase.SHOWING_LEADERBOARD;
            return games.saveState(RoomStates.toStored(room)).invoke(() -> {
                out.add(room.everyone(), RoomStates.phaseChanged(room));
                out.add(room.everyone(), new ServerMessage.Leaderboard(tops.segment(), tops.event()));
            });
        });
    }

    Uni<Void> next(Room room, Member sender, Outbox out) {
        requireStaff(room, sender);
        if (!Phase.REVEALING_ANSWER.equals(room.phase) && !Phase.SHOWING_LEADERBOARD.equals(room.phase)) {
            throw invalidPhase("next_question");
        }
        return zeroFill(room).chain(() -> room.questionIndex + 1 < room.questions.size()
                ? openQuestion(room, room.questionIndex + 1, out)
                : ends.endRound(room, out));
    }

    Uni<Void> endGame(Room room, Member sender, Outbox out) {
        requireStaff(room, sender);
        if (!room.questionIsOpen() && !Phase.REVEALING_ANSWER.equals(room.phase)
                && !Phase.SHOWING_LEADERBOARD.equals(room.phase)) {
            throw invalidPhase("end_game");
        }
        return zeroFill(room).chain(() -> ends.endRound(room, out));
    }

    /** Counts the players who did not answer the open question as answered with 0, once. */
    private Uni<Void> zeroFill(Room room) {
        RoundQuestion q = room.openQuestion();
        if (q == null || room.zeroFilled) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> missing = new HashSet<>(room.eligible);
        missing.removeAll(room.answered.keySet());
        return store.zeroFill(room.segmentId, q.position(), q.questionId(), missing)
                .invoke(() -> room.zeroFilled = true);
    }

    private void scoresUpdate(Room room, List<PlayerScore> scores, Outbox out) {
        List<ServerMessage.ScoreEntry> top = new ArrayList<>();
        for (PlayerScore s : scores) {
            ServerMessage.ScoreEntry entry = new ServerMessage.ScoreEntry(s.clientId(), s.delta(), s.score(),
                    s.segmentScore(), s.rank());
            if (top.size() < 10) {
                top.add(entry);
            }
            var socket = room.socketOf(s.participantId());
            Member m = room.members.get(s.participantId());
            if (socket != null && m != null && !room.isStaff(m)) {
                out.add(socket, new ServerMessage.ScoresUpdate(List.of(entry)));
            }
        }
        out.add(room.staff(), new ServerMessage.ScoresUpdate(top));
    }

    private static List<ServerMessage.DistributionEntry> distribution(RoundQuestion q, Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
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

    static GameException invalidPhase(String command) {
        return new GameException(ErrorCodes.INVALID_PHASE, command + " does not fit the current phase");
    }

}
