package io.quizcast.load;

import io.vertx.core.Context;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * One client socket of a game (a player or the host): opens, joins, answers pings, and records when each
 * message of each question slot arrived. Its handlers run on its own event loop; the counters it feeds are
 * thread-safe.
 */
final class GameSocket {

    private static final Clock UTC = Clock.systemUTC();

    final int index;
    final boolean host;
    final String token;
    final String userId;
    private final EventRun event;
    private final Context context;
    private WebSocket ws;
    volatile String clientId;
    final CompletableFuture<Long> connected = new CompletableFuture<>();
    private long openStartNanos;

    // what this socket got, per question slot
    private final int[] questions;
    private final int[] reveals;
    private final int[] leaderboards;
    private final int[] scoreUpdates;
    private volatile String questionId;
    private volatile JsonArray answers;
    private int answeredSlot = -1;
    private long answerSentNanos;
    private boolean answerPending;
    volatile int closeCode = -1;
    private volatile boolean closing;

    GameSocket(int index, boolean host, String token, String userId, EventRun event, Context context, int slots) {
        this.index = index;
        this.host = host;
        this.token = token;
        this.userId = userId;
        this.event = event;
        this.context = context;
        this.questions = new int[slots];
        this.reveals = new int[slots];
        this.leaderboards = new int[slots];
        this.scoreUpdates = new int[slots];
    }

    /** Opens the socket and joins; {@link #connected} completes with the open-to-connected time in micros. */
    void open(HttpClient client, String host, int port, String eventId) {
        context.runOnContext(v -> {
            openStartNanos = System.nanoTime();
            WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(host).setPort(port)
                    .setURI("/api/ws/event/" + eventId + "?token=" + token);
            client.webSocket(options).onSuccess(socket -> {
                ws = socket;
                socket.textMessageHandler(this::onText);
                socket.closeHandler(c -> {
                    Short code = socket.closeStatusCode();
                    closeCode = code == null ? 1006 : code;
                    if (!closing) {
                        event.unexpectedClose(closeCode);
                    }
                    connected.completeExceptionally(new LoadFailure("closed with " + closeCode + " before connected"));
                });
                socket.exceptionHandler(e -> event.socketError(e));
                JsonObject join = new JsonObject().put("type", "join");
                if (userId != null) {
                    join.put("user_id", userId).put("session_code", eventId);
                }
                socket.writeTextMessage(join.encode());
            }).onFailure(connected::completeExceptionally);
        });
    }

    void send(JsonObject message) {
        context.runOnContext(v -> {
            if (ws != null && !ws.isClosed()) {
                ws.writeTextMessage(message.encode());
            }
        });
    }

    /** Answers the slot's question after {@code thinkMs}; returns false when this socket never got it. */
    boolean answerLater(int slot, long thinkMs, java.util.Random random) {
        String qid = questionId;
        JsonArray offered = answers;
        if (qid == null || offered == null || questions[slot] == 0) {
            return false;
        }
        String choice = offered.getString(random.nextInt(offered.size()));
        Runnable send = () -> {
            if (ws == null || ws.isClosed()) {
                event.answerResolved(slot, null, "closed");
                return;
            }
            answeredSlot = slot;
            answerPending = true;
            answerSentNanos = System.nanoTime();
            event.stats(slot).answersSent.incrementAndGet();
            event.stats(slot).firstSentNanos.accumulateAndGet(answerSentNanos, Math::min);
            ws.writeTextMessage(new JsonObject().put("type", "answer").put("question_id", qid)
                    .put("selected_answer", choice).put("response_time_ms", thinkMs).encode());
        };
        context.runOnContext(v -> {
            if (thinkMs <= 0) {
                send.run();
            } else {
                context.owner().setTimer(thinkMs, id -> send.run());
            }
        });
        return true;
    }

    void close() {
        closing = true;
        context.runOnContext(v -> {
            if (ws != null && !ws.isClosed()) {
                ws.close();
            }
        });
    }

    private void onText(String text) {
        long nanos = System.nanoTime();
        JsonObject m;
        try {
            m = new JsonObject(text);
        } catch (RuntimeException e) {
            event.protocolError("unparsable frame: " + text);
            return;
        }
        String type = m.getString("type", "");
        int slot = event.slot();
        switch (type) {
            case "ping" -> ws.writeTextMessage("{\"type\":\"pong\"}");
            case "connected" -> {
                JsonObject you = m.getJsonObject("you");
                clientId = you == null ? null : you.getString("id");
                connected.complete((nanos - openStartNanos) / 1000);
            }
            case "question" -> {
                Instant now = UTC.instant();
                long receivedMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
                Instant started = Instant.parse(m.getString("question_started_at"));
                long startedMicros = started.getEpochSecond() * 1_000_000 + started.getNano() / 1000;
                questionId = m.getString("question_id");
                answers = m.getJsonArray("answers");
                if (count(questions, slot) == 1) {
                    event.questionReceived(slot, startedMicros, receivedMicros, nanos);
                }
            }
            case "answer_received" -> {
                if (answerPending && !host && (clientId == null || clientId.equals(m.getString("user_id")))) {
                    answerPending = false;
                    event.answerAcked(answeredSlot, (nanos - answerSentNanos) / 1000);
                }
            }
            case "error" -> {
                String code = m.getString("code", "?");
                if (answerPending) {
                    answerPending = false;
                    event.answerResolved(answeredSlot, code, m.getString("message"));
                } else {
                    event.errorFrame(code, m.getString("message"));
                }
            }
            case "reveal" -> {
                if (count(reveals, slot) == 1) {
                    event.revealReceived(slot, nanos);
                }
            }
            case "leaderboard" -> {
                if (count(leaderboards, slot) == 1) {
                    event.leaderboardReceived(slot, nanos);
                }
            }
            case "scores_update" -> count(scoreUpdates, slot);
            case "segment_complete" -> event.segmentComplete(this);
            case "mega_quiz_ready" -> event.megaReady(this);
            case "event_complete" -> event.eventComplete(this);
            default -> {
                // presence, counts and phase changes: not measured
            }
        }
    }

    /** Counts a message of a slot; a second one of the same kind is a duplicate. */
    private int count(int[] counts, int slot) {
        if (slot < 0 || slot >= counts.length) {
            event.protocolError("message outside any question slot");
            return 0;
        }
        int n = ++counts[slot];
        if (n == 2) {
            event.stats(slot).duplicates.incrementAndGet();
        }
        return n;
    }

    boolean got(int slot, String what) {
        return switch (what) {
            case "question" -> questions[slot] > 0;
            case "reveal" -> reveals[slot] > 0;
            case "leaderboard" -> leaderboards[slot] > 0;
            case "scores_update" -> scoreUpdates[slot] > 0;
            default -> false;
        };
    }
}
