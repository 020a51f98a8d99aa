package io.quizcast.game.ws;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.common.json.Times;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.room.Hub;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * Pings every game socket each interval; a socket that sent nothing for the pong timeout after a ping is
 * closed, which runs the normal leave (participant_left, pauses), so no stale entry stays behind.
 */
@ApplicationScoped
public class Heartbeat {

    static final int CLOSE_NO_PONG = 1000;

    private final Vertx vertx;
    private final OpenConnections connections;
    private final Hub hub;
    private final long intervalMs;
    private final long timeoutNanos;

    Heartbeat(Vertx vertx, OpenConnections connections, Hub hub, QuizcastConfig config) {
        this.vertx = vertx;
        this.connections = connections;
        this.hub = hub;
        this.intervalMs = config.game().pingInterval().toMillis();
        this.timeoutNanos = config.game().pongTimeout().toNanos();
    }

    void start(@Observes StartupEvent event) {
        vertx.setPeriodic(intervalMs, id -> tick());
    }

    void tick() {
        long now = System.nanoTime();
        List<WebSocketConnection> alive = new ArrayList<>();
        for (WebSocketConnection connection : connections.listAll()) {
            ConnectionState state = connection.userData().get(ConnectionState.KEY);
            if (state == null || !connection.isOpen()) {
                continue;
            }
            if (state.silentSincePing(now, timeoutNanos)) {
                connection.close(new CloseReason(CLOSE_NO_PONG, "no pong: heartbeat timeout")).subscribe()
                        .with(v -> {
                        }, f -> {
                        });
                continue;
            }
            state.pinged(now);
            alive.add(connection);
        }
        hub.send(alive, new ServerMessage.Ping(Times.now()));
    }
}
