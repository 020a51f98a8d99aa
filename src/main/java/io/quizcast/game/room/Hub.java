package io.quizcast.game.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.metrics.GameMetrics;
import io.quizcast.participant.Presence;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The rooms of all live events, and the fan-out: a message is encoded once and the same text goes to every
 * socket of a snapshot taken under the room's lock. A failed send closes that socket and never stops the others;
 * a socket with more than {@code quizcast.game.max-pending-sends} sends not yet written (a reader too slow) is
 * closed with 1008 and gets nothing more, so it never holds memory or slows the others.
 */
@ApplicationScoped
public class Hub implements Presence {

    private static final Logger LOG = Logger.getLogger(Hub.class);
    private static final String MOVED = "event moved to another server";

    private final ConcurrentHashMap<UUID, Room> rooms = new ConcurrentHashMap<>();
    // when each event's room was last dropped because another process took the event over: sockets opened before
    // that belong to the old room and must not load it again here (that would take the event back)
    private final ConcurrentHashMap<UUID, Long> movedAway = new ConcurrentHashMap<>();
    private volatile java.util.function.BiConsumer<UUID, Long> evictedListener = (eventId, epoch) -> {
    };
    private final ObjectWriter writer;
    private final GameMetrics metrics;

    private final QuizcastConfig.Game settings;

    Hub(ObjectMapper mapper, GameMetrics metrics, Vertx vertx, QuizcastConfig config) {
        this.writer = mapper.writerFor(ServerMessage.class);
        this.metrics = metrics;
        this.settings = config.game();
        metrics.activeEvents(() -> rooms.values().stream().filter(r -> r.sockets().onlineCount() > 0).count());
        metrics.rooms(rooms);
        long sweep = Math.max(1_000, Math.min(60_000, settings.roomIdleTimeout().toMillis() / 4));
        vertx.setPeriodic(sweep, id -> evictIdle());
    }

    public Room room(UUID eventId) {
        return rooms.computeIfAbsent(eventId,
                id -> new Room(id, new AsyncLock(settings.lockQueueLimit(), settings.lockTimeout()),
                        new AsyncLock(settings.lockQueueLimit(), settings.lockTimeout())));
    }

    /**
     * Runs {@code work} under the room's lock with an outbox of its own, and sends what it queued before the lock
     * passes on (so clients see messages in the order of the changes); a failure sends nothing it had queued.
     */
    public <T> Uni<T> underLock(Room room, Function<Outbox, T> work) {
        return room.lock.withLock(() -> {
            Outbox out = new Outbox();
            T result = work.apply(out);
            out.flush(this, room);
            return Uni.createFrom().item(result);
        });
    }

    /** Drops the rooms nothing holds any more (checked again under each room's lock). */
    public void evictIdle() {
        long now = System.nanoTime();
        long idle = settings.roomIdleTimeout().toNanos();
        movedAway.values().removeIf(at -> now - at > idle);
        for (Room room : rooms.values()) {
            if (room.evictable(now, idle)) {
                room.lock.withLock(() -> {
                    if (room.evictable(System.nanoTime(), idle)) {
                        room.residency().markEvicted();
                        rooms.remove(room.eventId, room);
                        evictedListener.accept(room.eventId, room.residency().epoch());
                    }
                    return Uni.createFrom().voidItem();
                }).subscribe().with(v -> {
                }, f -> LOG.debugf("room %s was not evicted: %s", room.eventId, f));
            }
        }
    }

    /** Tells who must hear of rooms evicted for being idle: (event, epoch). */
    public void onEvicted(java.util.function.BiConsumer<UUID, Long> listener) {
        this.evictedListener = listener;
    }

    /**
     * Another process took the event over at an epoch after {@code staleEpoch}: the room loaded with it or before is
     * dropped and its sockets are closed with 1001, so they reconnect (through the ingress) to the new owner.
     */
    public void moveAway(UUID eventId, long staleEpoch) {
        Room room = rooms.get(eventId);
        if (room == null) {
            return;
        }
        room.lock.withLock(() -> {
            if (!room.residency().evicted() && room.residency().epoch() <= staleEpoch) {
                movedAway.put(eventId, System.nanoTime());
                for (WebSocketConnection socket : Audiences.everyone(room)) {
                    sendAway(socket).subscribe().with(v -> {
                    }, f -> LOG.debugf("closing %s for the event's move failed: %s", socket.id(), f));
                }
                forget(room);
                metrics.roomMovedAway();
            }
            return Uni.createFrom().voidItem();
        }).subscribe().with(v -> {
        }, f -> LOG.debugf("room %s was not dropped after its move: %s", eventId, f));
    }

    /** Closes a socket of an event another process runs now with 1001, so it reconnects there (if still open). */
    public Uni<Void> sendAway(WebSocketConnection socket) {
        return socket.isOpen() ? socket.close(new CloseReason(ErrorCodes.CLOSE_GOING_AWAY, MOVED))
                : Uni.createFrom().voidItem();
    }

    /** Whether a socket opened at {@code openedNanos} belongs to a room dropped since because the event moved. */
    public boolean movedAwaySince(UUID eventId, long openedNanos) {
        Long at = movedAway.get(eventId);
        return at != null && openedNanos - at < 0;
    }

    public Room existingRoom(UUID eventId) {
        return rooms.get(eventId);
    }

    /**
     * Whether this process holds the event's room loaded, read without its lock: a hint that the event exists (a
     * deleted event's room is dropped at once), for a socket's upgrade.
     */
    public boolean holdsLoaded(UUID eventId) {
        Room room = rooms.get(eventId);
        return room != null && room.residency().loaded() && !room.residency().evicted();
    }

    /** Drops a room at once (its event was deleted); call under the room's lock. */
    public void forget(Room room) {
        room.residency().markEvicted();
        rooms.remove(room.eventId, room);
    }

    @Override
    public boolean isOnline(UUID eventId, UUID participantId) {
        Room room = rooms.get(eventId);
        return room != null && room.sockets().isOnline(participantId);
    }

    public String encode(ServerMessage message) {
        try {
            return writer.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + message.getClass().getSimpleName(), e);
        }
    }

    /** Sends one message to many sockets: one encoding, one text. */
    public void send(Collection<WebSocketConnection> sockets, ServerMessage message) {
        if (sockets.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        String text = encode(message);
        for (WebSocketConnection socket : sockets) {
            sendText(socket, text);
        }
        metrics.fanOut().record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        metrics.framesOut(message, sockets.size());
    }

    /**
     * Sends to the staff (host and presenter), who get one message per player for an answer or a join: each of
     * their sockets may hold one unwritten send per member more than a player's, so a burst of acknowledgements at
     * 10,000 players never closes the host as a slow reader (bounded: a few MB per staff socket at most).
     */
    public void sendToStaff(Collection<WebSocketConnection> staff, ServerMessage message, int members) {
        for (WebSocketConnection socket : staff) {
            PendingSends.of(socket).allow(members);
        }
        send(staff, message);
    }

    public void send(WebSocketConnection socket, ServerMessage message) {
        if (socket != null) {
            sendText(socket, encode(message));
            metrics.framesOut(message, 1);
            if (message instanceof ServerMessage.Error error) {
                metrics.error(error.code());
            }
        }
    }

    private void sendText(WebSocketConnection socket, String text) {
        if (!socket.isOpen()) {
            return;
        }
        PendingSends queue = PendingSends.of(socket);
        switch (queue.admit(settings.maxPendingSends())) {
            case DROPPED :
                return;
            case OVERFLOWED :
                closeSlowReader(socket, queue);
                return;
            default :
                break;
        }
        socket.sendText(text).subscribe().with(ignored -> queue.done(), failure -> {
            queue.done();
            LOG.debugf("send to %s failed (%s): closing it", socket.id(), failure.toString());
            if (socket.isOpen()) {
                socket.close().subscribe().with(v -> {
                }, f -> LOG.debugf("closing %s after a failed send failed too: %s", socket.id(), f));
            }
        });
    }

    private void closeSlowReader(WebSocketConnection socket, PendingSends queue) {
        LOG.infof("socket %s reads too slowly (%d sends not written): closing it with 1008", socket.id(),
                queue.pending());
        metrics.slowReaderClosed();
        socket.close(new CloseReason(ErrorCodes.CLOSE_POLICY, "too slow to read")).subscribe().with(v -> {
        }, f -> LOG.debugf("closing the slow reader %s failed: %s", socket.id(), f));
    }
}
