package io.quizcast.game.ws;

import io.quizcast.game.room.Hub;
import io.quizcast.game.store.UpgradeLookups;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a socket's event exists, asked at every upgrade: answered from the room when this process holds it
 * loaded, else by one statement per event at a time that every upgrade arriving meanwhile shares (a takeover's
 * thousands of sockets before the room is loaded cost one or a few statements, not one each).
 */
@ApplicationScoped
public class KnownEvents {

    private final Hub hub;
    private final UpgradeLookups lookups;
    private final ConcurrentHashMap<UUID, Uni<Boolean>> inFlight = new ConcurrentHashMap<>();

    KnownEvents(Hub hub, UpgradeLookups lookups) {
        this.hub = hub;
        this.lookups = lookups;
    }

    public Uni<Boolean> exists(UUID eventId) {
        if (hub.holdsLoaded(eventId)) {
            return Uni.createFrom().item(Boolean.TRUE);
        }
        return inFlight.computeIfAbsent(eventId, id -> lookups.eventExists(id)
                .onTermination().invoke(() -> inFlight.remove(id))
                .memoize().indefinitely());
    }
}
