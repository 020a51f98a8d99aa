package io.quizcast.game.rules;

import io.quizcast.common.json.Times;
import io.quizcast.game.core.Game;
import io.quizcast.game.core.PauseReason;
import io.quizcast.game.core.Step;
import io.quizcast.game.core.Transitions;
import io.quizcast.game.room.GameClock;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.RoundStore;
import io.quizcast.participant.Participant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Opens, pauses and resumes a round's questions, on a turn's draft inside its transaction: the next {@link Game}
 * comes from {@link Transitions}, is stored, and only then does the draft take it and the messages go in the outbox.
 */
@ApplicationScoped
public class QuestionOpener {

    private final RoundStore roundStore;
    private final GameClock clock;
    private final StepWriter steps;

    QuestionOpener(RoundStore roundStore, GameClock clock, StepWriter steps) {
        this.roundStore = roundStore;
        this.clock = clock;
        this.steps = steps;
    }

    /**
     * Opens question {@code index}: everyone who joined the event so far (through REST too, connected or not) and
     * waited for a question becomes a player of it; the clock starts now.
     */
    Uni<Void> open(Room room, int index, Outbox out) {
        // only who joined since the room last looked (with a margin for joins that committed late)
        Instant since = room.residency().membersSince() == null ? null
                : room.residency().membersSince().minusSeconds(10);
        Instant now = Times.now();
        // stored as opened before the commit; told (and timed) from the moment it is sent, after the commit, so a
        // player never loses the transaction's time, and a restart errs on the early side by those milliseconds
        Game stored = Transitions.opened(room.game(), index, clock.now()).game();
        return roundStore.openQuestion(room.eventId, stored.segmentId(), index, stored.openedAt(), since,
                RoomStates.toStored(room.eventId, stored)).invoke(newcomers -> {
                    Step opened = Transitions.opened(room.game(), index, clock.now());
                    for (Participant p : newcomers) {
                        room.addMember(new Member(p));
                    }
                    room.residency().membersSince(now);
                    StepWriter.take(room, opened, out);
                    room.clearAnswers();
                    room.answers().eligibleOnly();
                    for (Member m : room.members()) {
                        m.activate();
                        if (room.isPlayer(m)) {
                            room.answers().makeEligible(m.participantId);
                        }
                    }
                }).replaceWithVoid();
    }

    /** Pauses the round; an open question's clock stops (what was left is kept for the resume). */
    Uni<Void> pause(Room room, PauseReason reason, Outbox out) {
        Step paused = Transitions.paused(room.game(), reason, clock.now());
        return paused.game() == room.game() ? Uni.createFrom().voidItem() : steps.write(room, paused, out);
    }

    /**
     * Ends a pause. A quiz that waited for players opens its question with a fresh start; otherwise the round
     * goes back where it was, and an open question gets back exactly the time it had left.
     */
    Uni<Void> resume(Room room, Outbox out) {
        Game before = room.game();
        if (!before.paused()) {
            return Uni.createFrom().voidItem();
        }
        if (Transitions.resumeReopens(before)) {
            return open(room, Transitions.resumeQuestion(before), out);
        }
        return steps.write(room, Transitions.resumed(before, clock.now()), out);
    }
}
