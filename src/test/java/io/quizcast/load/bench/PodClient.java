package io.quizcast.load.bench;

import io.vertx.core.Context;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A game socket that plays the ingress for the several-pods bench: when its pod closes it (1001, the event moved; or
 * the pod died) it reconnects at once to the pod the route names now, and joins again.
 */
final class PodClient {

    private static final Clock UTC = Clock.systemUTC();

    private final String eventId;
    private final String token;
    private final String userId;
    private final HttpClient client;
    private final Context context;
    private final IntSupplier route;
    private WebSocket ws;
    private volatile boolean stopped;

    // the pod this socket is joined on now (0 while it is not), and how often it had to move
    volatile int joinedPort;
    final AtomicInteger moves = new AtomicInteger();
    volatile CompletableFuture<Void> joined = new CompletableFuture<>();
    // receipt of the last question minus its question_started_at, in microseconds (-1: none yet)
    volatile long questionDelayMicros = -1;
    volatile String questionId;
    // System.nanoTime of the last state_restored (after a reconnect into a running question)
    volatile long restoredNanos;
    // System.nanoTime of the last successful upgrade, and of the last `connected` (the join's answer)
    volatile long upgradedNanos;
    volatile long connectedNanos;
    // System.nanoTime of the last close of its socket (by the pod, or by its loss)
    volatile long closedNanos;
    // the answer this player gives to the open question (null: none yet), and what became of it
    private volatile String intended;
    private volatile long answerSentNanos;
    volatile long ackMicros = -1;
    // the answer the last state_restored showed as stored (an answer whose acknowledgement the pod's loss swallowed)
    volatile String restoredAnswer;
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger refusedUpgrades = new AtomicInteger();

    PodClient(String eventId, String token, String userId, HttpClient client, Context context, IntSupplier route) {
        this.eventId = eventId;
        this.token = token;
        this.userId = userId;
        this.client = client;
        this.context = context;
        this.route = route;
    }

    void open(int port) {
        context.runOnContext(v -> client.webSocket(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI("/api/ws/event/" + eventId + "?token=" + token)).onSuccess(socket -> {
                    ws = socket;
                    upgradedNanos = System.nanoTime();
                    socket.textMessageHandler(text -> onText(port, text));
                    socket.closeHandler(c -> {
                        closedNanos = System.nanoTime();
                        reconnect();
                    });
                    socket.exceptionHandler(e -> {
                    });
                    socket.writeTextMessage(joinFrame().encode());
                }).onFailure(f -> {
                    if (f instanceof io.vertx.core.http.UpgradeRejectedException) {
                        refusedUpgrades.incrementAndGet();
                    }
                    reconnect();
                }));
    }

    private void reconnect() {
        joinedPort = 0;
        if (stopped) {
            return;
        }
        moves.incrementAndGet();
        if (joined.isDone()) {
            joined = new CompletableFuture<>();
        }
        context.owner().setTimer(20, id -> open(route.getAsInt()));
    }

    private void onText(int port, String text) {
        JsonObject m = new JsonObject(text);
        switch (m.getString("type")) {
            case "ping" -> ws.writeTextMessage("{\"type\":\"pong\"}");
            case "connected" -> {
                connectedNanos = System.nanoTime();
                joinedPort = port;
                joined.complete(null);
            }
            case "state_restored" -> {
                restoredNanos = System.nanoTime();
                restoredAnswer = m.getString("your_answer");
                // the answer was lost with the pod before it was stored: the restored question shows none, and the
                // player taps again
                if (intended != null && ackMicros < 0 && restoredAnswer == null) {
                    sendAnswer();
                }
            }
            case "answer_received" -> {
                if (ackMicros < 0) {
                    ackMicros = (System.nanoTime() - answerSentNanos) / 1000;
                }
            }
            case "error" -> {
                errors.incrementAndGet();
                // a join refused for overload (unavailable) is tried again, as a client should
                if (joinedPort == 0 && "unavailable".equals(m.getString("code"))) {
                    context.owner().setTimer(200, id -> send(joinFrame()));
                } else if (intended != null && ackMicros < 0 && "unavailable".equals(m.getString("code"))) {
                    context.owner().setTimer(200, id -> sendAnswer());
                }
            }
            case "question" -> {
                Instant started = Instant.parse(m.getString("question_started_at"));
                questionDelayMicros = java.time.Duration.between(started, UTC.instant()).toNanos() / 1000;
                questionId = m.getString("question_id");
            }
            default -> {
            }
        }
    }

    /** Answers the open question now, or, when the socket is between pods, once it is restored on the next one. */
    void answer(String text) {
        context.runOnContext(v -> {
            intended = text;
            if (joinedPort != 0 && questionId != null) {
                sendAnswer();
            }
        });
    }

    /** Whether this player's answer is known to be stored: acknowledged, or shown by a restore. */
    boolean answerSettled() {
        return ackMicros >= 0 || restoredAnswer != null;
    }

    private void sendAnswer() {
        if (ws == null || ws.isClosed()) {
            return; // restored on the next pod, it is given there
        }
        answerSentNanos = System.nanoTime();
        ws.writeTextMessage(new JsonObject().put("type", "answer").put("question_id", questionId)
                .put("selected_answer", intended).encode());
    }

    private JsonObject joinFrame() {
        JsonObject join = new JsonObject().put("type", "join");
        return userId == null ? join : join.put("user_id", userId);
    }

    void send(JsonObject message) {
        context.runOnContext(v -> {
            if (ws != null && !ws.isClosed()) {
                ws.writeTextMessage(message.encode());
            }
        });
    }

    void close() {
        stopped = true;
        context.runOnContext(v -> {
            if (ws != null && !ws.isClosed()) {
                ws.close();
            }
        });
    }
}
