package io.quizcast.game.store;

import io.quizcast.common.json.Times;
import io.quizcast.game.GameState;
import io.quizcast.game.owner.OwnerFence;
import io.smallrye.mutiny.Uni;

/** The live state's one write (an upsert by event, fenced by the event's owner), shared by the stores' transactions. */
final class StoredStates {

    private StoredStates() {
    }

    /** Runs in the caller's session and transaction. */
    static Uni<Void> write(OwnerFence fence, GameState state) {
        state.updatedAt = Times.now();
        return fence.check(state.eventId).chain(() -> GameState.getSession()).chain(s -> s.merge(state))
                .replaceWithVoid();
    }
}
