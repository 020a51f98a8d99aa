package io.quizcast.game.ws;

import io.quizcast.game.room.Hub;
import io.quizcast.game.rules.RoomTasks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Whether a socket's event exists, asked at an upgrade whose token does not name the event itself: answered by the
 * room when this process holds it loaded, else by loading it ({@link RoomTasks#load}: one load per event, which
 * everyone who comes meanwhile waits for), so that such sockets cost no statement of their own.
 */
@ApplicationScoped
public class KnownEvents {

    private final Hub hub;
    private final RoomTasks rooms;

    KnownEvents(Hub hub, RoomTasks rooms) {
        this.hub = hub;
        this.rooms = rooms;
    }

    public Uni<Boolean> exists(UUID eventId) {
        if (hub.holdsLoaded(eventId)) {
            return Uni.createFrom().item(Boolean.TRUE);
        }
        return rooms.load(eventId);
    }
}
