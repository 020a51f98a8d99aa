package io.quizcast.game.rules;

import io.quizcast.game.core.Step;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.RoomStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A turn's step made real: its game stored, then (after that write) the draft takes it and everyone is told. */
@ApplicationScoped
public class StepWriter {

    private final RoomStore roomStore;

    StepWriter(RoomStore roomStore) {
        this.roomStore = roomStore;
    }

    /** Stores the step's game, then {@link #take takes} the step. */
    Uni<Void> write(Room room, Step step, Outbox out) {
        return roomStore.saveState(RoomStates.toStored(room.eventId, step.game())).invoke(() -> take(room, step, out));
    }

    /** The draft's game is the step's, and its messages are queued (sent after the turn's commit). */
    static void take(Room room, Step step, Outbox out) {
        room.game(step.game());
        out.told(step);
    }
}
