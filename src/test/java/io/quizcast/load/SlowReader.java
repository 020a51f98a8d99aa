package io.quizcast.load;

import io.vertx.core.Context;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;

/**
 * A player that joins and then stops reading, as a frozen tab does: once {@code connected} arrives its socket is
 * paused, so what the server sends piles up in the small buffers of its connection. Not counted as a player of
 * the measured figures: the question is what it does to the others.
 */
final class SlowReader {

    private static final long PONG_EVERY_MS = 10_000;

    private final String token;
    private final String userId;
    private final Context context;
    final CompletableFuture<Void> connected = new CompletableFuture<>();
    private WebSocket ws;
    private long pongTimer = -1;

    SlowReader(String token, String userId, Context context) {
        this.token = token;
        this.userId = userId;
        this.context = context;
    }

    void open(HttpClient client, String host, int port, String eventId) {
        context.runOnContext(v -> client.webSocket(new WebSocketConnectOptions().setHost(host).setPort(port)
                .setURI("/api/ws/event/" + eventId + "?token=" + token)).onSuccess(socket -> {
                    ws = socket;
                    socket.textMessageHandler(text -> {
                        if (!connected.isDone() && text.contains("\"connected\"")) {
                            socket.pause(); // from here on nothing is read
                            // but a pong now and then, as a frozen tab's keep-alive does: the heartbeat keeps it
                            pongTimer = context.owner().setPeriodic(PONG_EVERY_MS,
                                    id -> {
                                        if (!socket.isClosed()) {
                                            socket.writeTextMessage("{\"type\":\"pong\"}");
                                        }
                                    });
                            connected.complete(null);
                        }
                    });
                    socket.closeHandler(c -> connected.completeExceptionally(
                            new LoadFailure("a slow reader closed before connected")));
                    JsonObject join = new JsonObject().put("type", "join");
                    if (userId != null) {
                        join.put("user_id", userId).put("session_code", eventId);
                    }
                    socket.writeTextMessage(join.encode());
                }).onFailure(connected::completeExceptionally));
    }

    void close() {
        context.runOnContext(v -> {
            context.owner().cancelTimer(pongTimer);
            if (ws != null && !ws.isClosed()) {
                ws.close();
            }
        });
    }
}
