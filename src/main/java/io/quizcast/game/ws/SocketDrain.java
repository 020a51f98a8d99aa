package io.quizcast.game.ws;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.quizcast.game.message.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Graceful drain: when shutdown begins (readiness is DOWN from then on), every game socket is closed with
 * 1001 "going away" so clients reconnect to another pod; the game continues there from the database.
 */
@ApplicationScoped
public class SocketDrain {

    private static final Logger LOG = Logger.getLogger(SocketDrain.class);

    private final OpenConnections connections;
    private final AtomicBoolean draining = new AtomicBoolean();

    SocketDrain(OpenConnections connections) {
        this.connections = connections;
    }

    public boolean draining() {
        return draining.get();
    }

    void onDelay(@Observes ShutdownDelayInitiatedEvent event) {
        closeAll();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        closeAll();
    }

    private void closeAll() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        var open = connections.listAll().stream().filter(c -> c.isOpen()).toList();
        LOG.infof("Draining %d game sockets with 1001", open.size());
        CloseReason goingAway = new CloseReason(ErrorCodes.CLOSE_GOING_AWAY, "server shutting down, reconnect");
        for (var connection : open) {
            connection.close(goingAway).subscribe().with(v -> {
            }, f -> {
            });
        }
    }
}
