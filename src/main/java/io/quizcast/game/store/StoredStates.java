package io.quizcast.game.store;

import io.quizcast.common.json.Times;
import io.quizcast.game.GameState;
import io.smallrye.mutiny.Uni;

/**
 * The live state's one write (an upsert by event), shared by the stores' transactions. It runs only in a turn's
 * transaction, which the turn fences at its start (the owner row stays key-share-locked until the commit).
 */
final class StoredStates {

    private StoredStates() {
    }

    /** Runs in the caller's session and transaction. */
    static Uni<Void> write(GameState state) {
        state.updatedAt = Times.now();
        return GameState.getSession().chain(s -> s.merge(state)).replaceWithVoid();
    }
}
