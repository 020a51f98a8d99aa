package io.quizcast.game.room;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.game.message.ServerMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Messages decided under a room's lock, with the sockets snapshot they go to; sent after the lock is
 * released, in the order they were added.
 */
public final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    private record Delivery(Collection<WebSocketConnection> to, ServerMessage message) {
    }

    private final List<Delivery> deliveries = new ArrayList<>();
    private final List<WebSocketConnection> toClose = new ArrayList<>();
    private final List<io.quarkus.websockets.next.CloseReason> closeReasons = new ArrayList<>();
    private final List<Runnable> afterwards = new ArrayList<>();

    public Outbox add(Collection<WebSocketConnection> to, ServerMessage message) {
        if (!to.isEmpty()) {
            deliveries.add(new Delivery(List.copyOf(to), message));
        }
        return this;
    }

    public Outbox add(WebSocketConnection to, ServerMessage message) {
        if (to != null) {
            deliveries.add(new Delivery(List.of(to), message));
        }
        return this;
    }

    public Outbox close(WebSocketConnection socket, int code, String reason) {
        toClose.add(socket);
        closeReasons.add(new io.quarkus.websockets.next.CloseReason(code, reason));
        return this;
    }

    /** Work that must wait until the change is stored: it runs after the messages are sent, still under the lock. */
    public Outbox afterSending(Runnable work) {
        afterwards.add(work);
        return this;
    }

    public void flush(Hub hub) {
        for (Delivery d : deliveries) {
            hub.send(d.to(), d.message());
        }
        for (int i = 0; i < toClose.size(); i++) {
            WebSocketConnection socket = toClose.get(i);
            socket.close(closeReasons.get(i)).subscribe().with(v -> {
            }, f -> LOG.debugf("closing %s failed (it went away): %s", socket.id(), f));
        }
        afterwards.forEach(Runnable::run);
    }
}
