package io.quizcast.game.owner;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The fencing check of a game write, in the write's own transaction: the event's owner row must still name this
 * process at the epoch it holds. The row is key-share-locked until the commit, so a take-over (which locks it FOR
 * UPDATE) waits for the write, and a write after a take-over finds nothing and fails with {@link OwnershipLost}
 * (nothing of its transaction is stored).
 */
@ApplicationScoped
public class OwnerFence {

    private final Ownership ownership;

    OwnerFence(Ownership ownership) {
        this.ownership = ownership;
    }

    /** Another process owns the event now: the room held at {@code epoch} or before is dropped here. */
    public void lost(UUID eventId, long epoch) {
        ownership.lost(eventId, epoch);
    }

    /** Runs in the caller's session and transaction. */
    public Uni<Void> check(UUID eventId) {
        Long epoch = ownership.epochOf(eventId);
        if (epoch == null) {
            return Uni.createFrom().failure(new OwnershipLost(eventId));
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT epoch FROM event_owners WHERE event_id = :event AND owner = :owner AND epoch = :epoch
                FOR KEY SHARE""", Long.class)
                .setParameter("event", eventId).setParameter("owner", ownership.ownerId())
                .setParameter("epoch", epoch)
                .getResultList())
                .invoke(rows -> {
                    if (rows.isEmpty()) {
                        // the caller tells its sender first, then calls lost(): the move closes the sockets
                        throw new OwnershipLost(eventId);
                    }
                }).replaceWithVoid();
    }
}
