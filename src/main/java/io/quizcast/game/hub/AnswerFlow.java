package io.quizcast.game.hub;

import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.json.Times;
import io.quizcast.game.message.ClientMessage;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.metrics.GameMetrics;
import io.quizcast.game.service.GameStore;
import io.quizcast.game.service.Scoring;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * An answer, checked in the contract's order, stored in its own transaction, and acknowledged only after the
 * commit. Runs under the room's lock, so two answers of one player can never both pass the duplicate check.
 */
@ApplicationScoped
public class AnswerFlow {

    static final long ANSWER_COUNT_INTERVAL_MS = 500;

    private final GameStore store;
    private final CoalescedSends coalesced;
    private final GameMetrics metrics;

    AnswerFlow(GameStore store, CoalescedSends coalesced, GameMetrics metrics) {
        this.store = store;
        this.coalesced = coalesced;
        this.metrics = metrics;
    }

    Uni<Void> answer(Room room, Member member, ClientMessage.Answer message, Outbox out) {
        Uni<Void> result;
        try {
            result = check(room, member, message, out);
        } catch (GameException e) {
            metrics.answerRejected(e.code());
            throw e;
        }
        return result.onFailure(GameException.class).invoke(f -> metrics.answerRejected(((GameException) f).code()));
    }

    private Uni<Void> check(Room room, Member member, ClientMessage.Answer message, Outbox out) {
        if (member == null || !room.isPlayer(member)) {
            throw new GameException(ErrorCodes.NOT_JOINED, "Join the event before answering");
        }
        if (room.paused()) {
            throw new GameException(ErrorCodes.PAUSED, "Quiz is paused while the presenter reconnects");
        }
        if (!room.questionIsOpen()) {
            throw new GameException(ErrorCodes.NO_QUESTION, "No active question");
        }
        RoundQuestion q = room.openQuestion();
        if (!q.questionId().equals(message.questionId())) {
            throw new GameException(ErrorCodes.STALE, "Stale answer for previous question");
        }
        if (!room.eligible.contains(member.participantId)) {
            throw new GameException(ErrorCodes.LATE_JOIN, "You can start answering with the next question");
        }
        if (room.answered.containsKey(member.participantId)) {
            throw new GameException(ErrorCodes.DUPLICATE, "You have already submitted an answer for this question");
        }
        long elapsedMs = Duration.between(room.openedAt, Times.now()).toMillis();
        if (elapsedMs > q.timeLimitMs() + Scoring.GRACE_MS) {
            throw new GameException(ErrorCodes.TOO_LATE, "Time expired. Your answer was not recorded");
        }
        if (!q.answers().contains(message.selectedAnswer())) {
            throw new GameException(ErrorCodes.BAD_MESSAGE, "selected_answer is not one of the offered answers");
        }
        long responseMs = Math.max(0, Math.min(elapsedMs, q.timeLimitMs()));
        boolean correct = q.correctAnswer().equals(message.selectedAnswer());
        int points = Scoring.points(correct, q.timeLimitMs(), elapsedMs);
        long commitStart = System.nanoTime();
        return store
                .recordAnswer(room.segmentId, q.questionId(), member.participantId, message.selectedAnswer(), correct,
                        responseMs, points)
                .onFailure(f -> DatabaseFailures.isUniqueViolation(f, null))
                .transform(f -> new GameException(ErrorCodes.DUPLICATE,
                        "You have already submitted an answer for this question"))
                .onFailure(DatabaseFailures::isUnavailable)
                .transform(f -> new GameException(ErrorCodes.UNAVAILABLE, "Your answer could not be stored; try again"))
                .invoke(() -> {
                    metrics.answerCommit().record(System.nanoTime() - commitStart,
                            java.util.concurrent.TimeUnit.NANOSECONDS);
                    metrics.answerAccepted();
                    room.answered.put(member.participantId, message.selectedAnswer());
                    int count = room.answered.size();
                    int total = room.eligible.size();
                    ServerMessage ack = new ServerMessage.AnswerReceived(member.clientId(), q.questionId(), count,
                            total);
                    out.add(room.socketOf(member.participantId), ack);
                    out.add(room.staff(), ack);
                    scheduleAnswerCount(room, q);
                    if (everyOnlinePlayerAnswered(room)) {
                        out.add(room.everyone(), new ServerMessage.AllAnswered(count, total));
                    }
                });
    }

    private static boolean everyOnlinePlayerAnswered(Room room) {
        for (Member m : room.onlinePlayers()) {
            if (room.eligible.contains(m.participantId) && !room.answered.containsKey(m.participantId)) {
                return false;
            }
        }
        return !room.answered.isEmpty();
    }

    /** The count of answers so far, to everyone, at most once per interval per event. */
    private void scheduleAnswerCount(Room room, RoundQuestion q) {
        coalesced.request(room, room.answerCount, ANSWER_COUNT_INTERVAL_MS, out -> {
            if (room.questionIsOpen() && room.openQuestion().questionId().equals(q.questionId())) {
                out.add(room.everyone(), new ServerMessage.AnswerCount(q.questionId(), room.answered.size(),
                        room.eligible.size()));
            }
        });
    }
}
