package io.quizcast.game.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quizcast.common.json.Times;
import io.quizcast.game.GameState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The live state's reads and its one write (an upsert by event), shared by the stores' transactions. The write runs
 * only in a turn's transaction, which the turn fences at its start (the owner row stays key-share-locked until the
 * commit).
 */
@ApplicationScoped
public class GameStateRepository implements PanacheRepositoryBase<GameState, UUID> {

    /** Runs in the caller's session and transaction. */
    Uni<Void> write(GameState state) {
        state.updatedAt = Times.now();
        return getSession().chain(s -> s.merge(state)).replaceWithVoid();
    }
}
