package io.quizcast.game.rules;

import io.quizcast.common.json.Times;
import io.quizcast.game.GameState;
import io.quizcast.game.core.EventSettings;
import io.quizcast.game.core.Game;
import io.quizcast.game.core.Round;
import io.quizcast.game.core.RoundQuestion;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.metrics.GameMetrics;
import io.quizcast.game.owner.Ownership;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.AnswerStore;
import io.quizcast.game.store.RoomStore;
import io.quizcast.game.store.RoundStore;
import io.quizcast.generation.GenerationPending;
import io.quizcast.participant.Participant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Fills a room from the database the first time it is used in this process, once this process owns the event (a
 * first load takes the event over; see {@link Ownership}): settings, participants and,
 * when a round was running (before a restart, say), its questions, the open question and its answers, and the quiz
 * being made from a talk.
 */
@ApplicationScoped
public class RoomLoader {

    private static final Logger LOG = Logger.getLogger(RoomLoader.class);

    private final RoomStore roomStore;
    private final RoundStore roundStore;
    private final AnswerStore answerStore;
    private final Ownership ownership;
    private final GameMetrics metrics;
    private final GenerationPending generation;

    RoomLoader(RoomStore roomStore, RoundStore roundStore, AnswerStore answerStore, Ownership ownership,
            GameMetrics metrics, GenerationPending generation) {
        this.generation = generation;
        this.ownership = ownership;
        this.metrics = metrics;
        this.roomStore = roomStore;
        this.roundStore = roundStore;
        this.answerStore = answerStore;
    }

    /** Must run under the room's lock; a room that is loaded already is left as it is. */
    Uni<Void> ensureLoaded(Room room) {
        if (room.residency().loaded()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Times.now();
        long started = System.nanoTime();
        StepTimes steps = new StepTimes(started);
        // the claim first: once it is taken, the old owner's writes are fenced out (those in flight commit first),
        // so everything read after it is final; a reload here only renews the claim it already had
        Uni<Void> claimed = room.residency().epoch() == 0
                ? ownership.takeOver(room.eventId).invoke(epoch -> {
                    room.residency().epoch(epoch);
                    metrics.roomTakenOver();
                }).replaceWithVoid()
                : ownership.confirm(room.eventId, room.residency().epoch());
        return roomStore.event(room.eventId).invoke(() -> steps.mark("event"))
                .call(event -> event == null ? Uni.createFrom().voidItem() : claimed.invoke(() -> steps.mark("claim")))
                .chain(event -> {
                    if (event == null) {
                        // deleted meanwhile (a socket's signed token vouched for it at the upgrade)
                        throw new GameException(ErrorCodes.NOT_FOUND, "Event not found");
                    }
                    room.resetGame(RoomStates.settings(event));
                    // two reads at once: the participants on the plain pool, the state in the ORM session
                    return Uni.combine().all().unis(roomStore.participants(room.eventId),
                            roomStore.state(room.eventId)).asTuple();
                }).map(read -> {
                    steps.mark("participants and state");
                    for (Participant p : read.getItem1()) {
                        Member m = room.addMember(new Member(p));
                        // a reload (after a failed task) takes the stored totals: they are what was committed
                        m.totals(p.totalScore, p.totalResponseTimeMs, p.answerStreak);
                    }
                    room.residency().membersSince(now);
                    return read.getItem2();
                })
                .chain(state -> state == null ? Uni.createFrom().voidItem() : restore(room, state, steps))
                // a quiz being made from a talk: the sockets that come are told, as on the pod that heard it
                .chain(() -> generation.preparing(room.eventId))
                .invoke(quiz -> {
                    room.preparing(quiz);
                    room.residency().markLoaded();
                    steps.mark("generation");
                    LOG.infof("event %s: room loaded in %d ms (%d participants, epoch %d; ms per step: %s)",
                            room.eventId, (System.nanoTime() - started) / 1_000_000, room.memberCount(),
                            room.residency().epoch(), steps);
                }).replaceWithVoid();
    }

    private Uni<Void> restore(Room room, GameState state, StepTimes steps) {
        EventSettings settings = room.game().settings();
        if (state.segmentId == null) {
            room.game(RoomStates.fromStored(state, null, false, settings));
            return Uni.createFrom().voidItem();
        }
        return roomStore.segment(state.segmentId).invoke(() -> steps.mark("segment")).chain(segment -> {
            if (segment == null) {
                room.game(RoomStates.fromStored(state, null, false, settings));
                return Uni.createFrom().voidItem();
            }
            return answerStore.segmentScores(segment.id).invoke(room::segmentScores)
                    .invoke(() -> steps.mark("scores"))
                    .chain(() -> roundStore.loadRound(segment.id)).invoke(() -> steps.mark("questions"))
                    .chain(stored -> {
                        Round round = RoomStates.round(segment, stored.questions());
                        Game game = RoomStates.fromStored(state, round, false, settings);
                        RoundQuestion open = game.openQuestion();
                        if (open == null || game.openedAt() == null) {
                            room.game(game);
                            return Uni.createFrom().voidItem();
                        }
                        boolean zeroFilled = stored.zeroFilled(game.questionIndex());
                        room.game(RoomStates.fromStored(state, round, zeroFilled, settings));
                        for (Member m : room.members()) {
                            if (room.isPlayer(m) && !m.joinedAt.isAfter(game.openedAt())
                                    && m.active()) {
                                room.answers().makeEligible(m.participantId);
                            }
                        }
                        return answerStore.answersTo(segment.id, open.questionId()).invoke(answers -> {
                            answers.forEach(room.answers()::restored);
                            steps.mark("answers");
                        }).replaceWithVoid();
                    });
        });
    }

    /** How long each step of a load took (for its log line). */
    private static final class StepTimes {

        private final StringBuilder text = new StringBuilder();
        private long last;

        StepTimes(long started) {
            this.last = started;
        }

        void mark(String step) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000);
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
