package io.quizcast.game.room;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.game.core.Step;
import io.quizcast.game.message.ServerMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Messages decided by a task, sent when it ends, under the room's lock, in the order they were added. A message
 * for everyone, for the staff or for one member finds its sockets when it is sent, so a socket that joined while a
 * turn was writing still hears what the turn decided.
 */
public final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    private enum Audience {
        SOCKETS,
        EVERYONE,
        STAFF,
        MEMBER
    }

    // to: the sockets (SOCKETS) or the socket left out (STAFF); member: the one member (MEMBER)
    private record Delivery(Audience audience, Collection<WebSocketConnection> to, UUID member,
            ServerMessage message) {
    }

    private record Closing(WebSocketConnection socket, CloseReason reason) {
    }

    private final List<Delivery> deliveries = new ArrayList<>();
    private final List<Closing> closings = new ArrayList<>();
    private final List<Consumer<Room>> afterwards = new ArrayList<>();

    public Outbox add(Collection<WebSocketConnection> to, ServerMessage message) {
        if (!to.isEmpty()) {
            deliveries.add(new Delivery(Audience.SOCKETS, List.copyOf(to), null, message));
        }
        return this;
    }

    public Outbox add(WebSocketConnection to, ServerMessage message) {
        if (to != null) {
            deliveries.add(new Delivery(Audience.SOCKETS, List.of(to), null, message));
        }
        return this;
    }

    /** To every socket of the room (members and observers) when sent. */
    public Outbox everyone(ServerMessage message) {
        deliveries.add(new Delivery(Audience.EVERYONE, null, null, message));
        return this;
    }

    /** What a transition told everyone, in its order. */
    public Outbox told(Step step) {
        step.told().forEach(this::everyone);
        return this;
    }

    /** To the host's and the presenter's sockets when sent. */
    public Outbox staff(ServerMessage message) {
        deliveries.add(new Delivery(Audience.STAFF, List.of(), null, message));
        return this;
    }

    /** To the host's and the presenter's sockets when sent, but {@code except} (null: none). */
    public Outbox staffExcept(ServerMessage message, WebSocketConnection except) {
        deliveries.add(new Delivery(Audience.STAFF, except == null ? List.of() : List.of(except), null, message));
        return this;
    }

    /** To one participant's socket when sent, if it is connected then. */
    public Outbox member(UUID participantId, ServerMessage message) {
        deliveries.add(new Delivery(Audience.MEMBER, null, participantId, message));
        return this;
    }

    public Outbox close(WebSocketConnection socket, int code, String reason) {
        closings.add(new Closing(socket, new CloseReason(code, reason)));
        return this;
    }

    /** Work that must wait until the change is stored: it runs after the messages are sent, still under the lock. */
    public Outbox afterSending(Consumer<Room> work) {
        afterwards.add(work);
        return this;
    }

    /** Forgets the work queued with {@link #afterSending} (the change it followed was not applied). */
    public void dropAfterwards() {
        afterwards.clear();
    }

    /** Sends everything to the room's sockets as they are now; call under the room's lock. */
    public void flush(Hub hub, Room room) {
        List<WebSocketConnection> everyone = null;
        for (Delivery d : deliveries) {
            switch (d.audience()) {
                case SOCKETS -> hub.send(d.to(), d.message());
                case EVERYONE -> {
                    if (everyone == null) {
                        everyone = Audiences.everyone(room);
                    }
                    hub.send(everyone, d.message());
                }
                case STAFF -> {
                    List<WebSocketConnection> staff = Audiences.staff(room);
                    staff.removeAll(d.to());
                    hub.sendToStaff(staff, d.message(), room.memberCount());
                }
                case MEMBER -> hub.send(room.sockets().of(d.member()), d.message());
            }
        }
        for (Closing c : closings) {
            c.socket().close(c.reason()).subscribe().with(v -> {
            }, f -> LOG.debugf("closing %s failed (it went away): %s", c.socket().id(), f));
        }
        afterwards.forEach(work -> work.accept(room));
    }
}
