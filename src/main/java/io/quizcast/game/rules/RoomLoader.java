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
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.RoomReads;
import io.quizcast.game.store.RoomSnapshot;
import io.quizcast.generation.GenerationPending;
import io.quizcast.participant.Participant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Fills a room from the database the first time it is used in this process, once this process owns the event (a
 * first load takes the event over; see {@code Ownership}): settings, participants and,
 * when a round was running (before a restart, say), its questions, the open question and its answers, and the quiz
 * being made from a talk.
 */
@ApplicationScoped
public class RoomLoader {

    private static final Logger LOG = Logger.getLogger(RoomLoader.class);

    private final RoomReads reads;
    private final GameMetrics metrics;
    private final GenerationPending generation;

    RoomLoader(RoomReads reads, GameMetrics metrics, GenerationPending generation) {
        this.reads = reads;
        this.generation = generation;
        this.metrics = metrics;
    }

    /** Must run under the room's lock; a room that is loaded already is left as it is. */
    Uni<Void> ensureLoaded(Room room) {
        if (room.residency().loaded()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Times.now();
        long started = System.nanoTime();
        StepTimes steps = new StepTimes(started);
        long held = room.residency().epoch();
        Uni<RoomSnapshot> stored = reads.claimAndRead(room.eventId, held).map(claimed -> {
            steps.mark("claim " + claimed.claimMs() + ", participants " + claimed.participantsMs()
                    + ", claim and reads");
            if (claimed.epoch() == null || claimed.room().event() == null) {
                // deleted meanwhile (a socket's signed token vouched for it at the upgrade)
                throw new GameException(ErrorCodes.NOT_FOUND, "Event not found");
            }
            if (held == 0) {
                room.residency().epoch(claimed.epoch());
                metrics.roomTakenOver();
            }
            return claimed.room();
        });
        // a quiz being made from a talk: the sockets that come are told, as on the pod that heard it
        return Uni.combine().all().unis(stored, generation.preparing(room.eventId)).collectFailures().asTuple()
                .invoke(read -> {
                    fill(room, read.getItem1(), now);
                    room.preparing(read.getItem2());
                    room.residency().markLoaded();
                    steps.mark("generation");
                    LOG.infof("event %s: room loaded in %d ms (%d participants, epoch %d; ms per step: %s)",
                            room.eventId, (System.nanoTime() - started) / 1_000_000, room.memberCount(),
                            room.residency().epoch(), steps);
                }).replaceWithVoid();
    }

    private static void fill(Room room, RoomSnapshot stored, Instant now) {
        room.resetGame(RoomStates.settings(stored.event()));
        for (Participant p : stored.participants()) {
            Member m = room.addMember(new Member(p));
            // a reload (after a failed task) takes the stored totals: they are what was committed
            room.totals(m, p.totalScore, p.totalResponseTimeMs, p.answerStreak);
        }
        room.residency().membersSince(now);
        if (stored.state() != null) {
            restore(room, stored);
        }
    }

    private static void restore(Room room, RoomSnapshot stored) {
        GameState state = stored.state();
        EventSettings settings = room.game().settings();
        if (state.segmentId == null || stored.segment() == null) {
            room.game(RoomStates.fromStored(state, null, false, settings));
            return;
        }
        room.segmentScores(stored.scores());
        Round round = RoomStates.round(stored.segment(), stored.round().questions());
        Game game = RoomStates.fromStored(state, round, false, settings);
        RoundQuestion open = game.openQuestion();
        if (open == null || game.openedAt() == null) {
            room.game(game);
            return;
        }
        boolean zeroFilled = stored.round().zeroFilled(game.questionIndex());
        room.game(RoomStates.fromStored(state, round, zeroFilled, settings));
        for (Member m : room.members()) {
            if (room.isPlayer(m) && !m.joinedAt.isAfter(game.openedAt()) && m.active()) {
                room.answers().makeEligible(m.participantId);
            }
        }
        // the answers read are those to the question at the state's index: the open one
        stored.answers().forEach(room.answers()::restored);
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
