package io.quizcast.game.ws;

import io.quizcast.game.room.Hub;
import io.quizcast.game.rules.RoomTasks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a socket's event exists, asked at every upgrade: answered by the room when this process holds it loaded,
 * else by loading it, once, while every upgrade that arrives meanwhile waits for that one load. After a pod's loss
 * the survivor's thousands of sockets thus cost no statement of their own, and the load's few statements do not
 * queue behind their upgrades, opens and joins (measured: 5.8 s for the load of 10,000 participants among the
 * sockets, 0.4 s alone; docs/BENCHMARKS.md, scenario takeover).
 */
@ApplicationScoped
public class KnownEvents {

    private final Hub hub;
    private final RoomTasks rooms;
    private final ConcurrentHashMap<UUID, Uni<Boolean>> loading = new ConcurrentHashMap<>();

    KnownEvents(Hub hub, RoomTasks rooms) {
        this.hub = hub;
        this.rooms = rooms;
    }

    public Uni<Boolean> exists(UUID eventId) {
        if (hub.holdsLoaded(eventId)) {
            return Uni.createFrom().item(Boolean.TRUE);
        }
        return loading.computeIfAbsent(eventId, id -> rooms.load(id)
                .onTermination().invoke(() -> loading.remove(id))
                .memoize().indefinitely());
    }
}
