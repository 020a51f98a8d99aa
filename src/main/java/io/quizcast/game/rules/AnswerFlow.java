package io.quizcast.game.rules;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.game.core.AnswerRules;
import io.quizcast.game.core.AnswerShapes;
import io.quizcast.game.core.Game;
import io.quizcast.game.core.RoundQuestion;
import io.quizcast.game.message.ClientMessage;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.metrics.GameMetrics;
import io.quizcast.game.room.CoalescedSends;
import io.quizcast.game.room.GameClock;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.QuestionAnswers;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.AnswerRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An answer, checked in the contract's order under the room's lock in O(1), reserved there (so two answers of one
 * player can never both pass the duplicate check), stored outside the lock by the group commit, and acknowledged
 * only after its commit. A refused write releases the reservation, so a retry works.
 */
@ApplicationScoped
public class AnswerFlow {

    static final long ANSWER_COUNT_INTERVAL_MS = 500;

    private final AnswerWriter writer;
    private final GameClock clock;
    private final CoalescedSends coalesced;
    private final GameMetrics metrics;
    private final GameAutomation automation;

    AnswerFlow(AnswerWriter writer, CoalescedSends coalesced, GameMetrics metrics, GameClock clock,
            GameAutomation automation) {
        this.automation = automation;
        this.clock = clock;
        this.writer = writer;
        this.coalesced = coalesced;
        this.metrics = metrics;
    }

    /** Under the room's lock, in memory: checks and reserves the answer, and hands it to the group commit. */
    void answer(Room room, Member member, WebSocketConnection socket, ClientMessage.Answer message) {
        try {
            reserve(room, member, socket, message);
        } catch (GameException e) {
            metrics.answerRejected(e.code());
            throw e;
        }
    }

    private void reserve(Room room, Member member, WebSocketConnection socket, ClientMessage.Answer message) {
        Game game = room.game();
        UUID pid = member == null ? null : member.participantId;
        AnswerRules.Player player = new AnswerRules.Player(member != null && room.isPlayer(member),
                pid != null && room.answers().mayAnswer(pid), pid != null && room.answers().hasAnswered(pid),
                member == null ? 0 : member.streak());
        AnswerRules.Accepted accepted = AnswerRules.check(game, room.closing(), player, message.questionId(),
                new AnswerShapes.Submitted(message.selectedAnswer(), message.selectedAnswers(), message.value(),
                        message.order()),
                clock.now());
        RoundQuestion q = game.openQuestion();
        boolean correct = accepted.correct();
        int points = accepted.points();
        int responseMs = accepted.responseMs();
        String selected = accepted.given().stored();
        room.answers().reserve(member.participantId, selected);
        room.writes.begin();
        long commitStart = System.nanoTime();
        AnswerRow row = new AnswerRow(room.eventId, room.residency().epoch(), game.segmentId(), q.questionId(),
                member.participantId,
                selected, correct,
                responseMs, points, accepted.streak());
        writer.submit(new AnswerWriter.Pending(room, row, (outcome, out) -> {
            WebSocketConnection to = room.sockets().of(member.participantId);
            WebSocketConnection reply = to != null ? to : socket;
            switch (outcome) {
                case STORED -> {
                    metrics.answerCommit().record(System.nanoTime() - commitStart, TimeUnit.NANOSECONDS);
                    metrics.answerAccepted();
                    room.scored(member, points, row.countedTimeMs());
                    member.streak(accepted.streak());
                    acknowledge(room, member, q, points, accepted, reply, out);
                }
                case ALREADY_STORED -> {
                    metrics.answerRejected(ErrorCodes.DUPLICATE);
                    out.add(reply, new ServerMessage.Error(ErrorCodes.DUPLICATE,
                            "You have already submitted an answer for this question"));
                }
                case UNAVAILABLE -> {
                    metrics.answerRejected(ErrorCodes.UNAVAILABLE);
                    room.answers().release(member.participantId, selected);
                    out.add(reply, new ServerMessage.Error(ErrorCodes.UNAVAILABLE,
                            "Your answer could not be stored; try again"));
                }
            }
        }));
    }

    /** After the commit: the player's acknowledgement, the staff's copy, the counts. */
    private void acknowledge(Room room, Member member, RoundQuestion q, int points, AnswerRules.Accepted accepted,
            WebSocketConnection reply, Outbox out) {
        int count = room.answers().stored(member.participantId, points, accepted.bonus(), accepted.correct());
        int total = room.answers().eligibleCount();
        ServerMessage ack = new ServerMessage.AnswerReceived(member.clientId(), q.questionId(), q.playId(), count,
                total);
        out.add(reply, ack);
        out.staff(ack);
        scheduleAnswerCount(room, q);
        if (everyOnlinePlayerAnswered(room) && room.answers().firstAllAnswered()) {
            out.everyone(new ServerMessage.AllAnswered(count, total));
            // with auto-reveal, the reveal comes now
            automation.arm(room);
        }
    }

    /**
     * Whether every online player of the question has a stored answer (the last ones may be stored together in one
     * group commit: the caller sends all_answered once, the first time it holds). O(1) while many players have not
     * answered; the scan runs only for the last few answers.
     */
    private static boolean everyOnlinePlayerAnswered(Room room) {
        // at most the host and the presenter are online without playing
        QuestionAnswers answers = room.answers();
        if (answers.storedCount() < room.sockets().onlineCount() - 2) {
            return false;
        }
        for (Member m : room.onlinePlayers()) {
            if (answers.mayAnswer(m.participantId) && !answers.isStored(m.participantId)) {
                return false;
            }
        }
        return answers.storedCount() > 0;
    }

    /** The count of answers so far, to everyone, at most once per interval per event. */
    private void scheduleAnswerCount(Room room, RoundQuestion q) {
        coalesced.request(room, room.answerCount, ANSWER_COUNT_INTERVAL_MS, out -> {
            if (room.game().questionIsOpen() && room.game().openQuestion().playId().equals(q.playId())) {
                out.everyone(new ServerMessage.AnswerCount(q.questionId(), room.answers().storedCount(),
                        room.answers().eligibleCount()));
            }
        });
    }
}
