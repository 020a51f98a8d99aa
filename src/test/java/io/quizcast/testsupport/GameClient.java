package io.quizcast.testsupport;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A game client for tests: opens /api/ws/event/{id}, records every frame it receives, sends JSON, and waits
 * (with Awaitility, never a sleep) for a frame of a given type after the ones already taken.
 */
public final class GameClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final String name;
    private final List<Map<String, Object>> frames = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;
    // like a live client, it answers pings (else the heartbeat would close sockets of long tests)
    private volatile boolean autoPong = true;
    private int cursor;

    private GameClient(String name, URI uri) {
        this.name = name;
        this.socket = HTTP.newWebSocketBuilder().buildAsync(uri, new Listener()).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Connects to the event with a token ("null" or null for an observer). */
    public static GameClient connect(String name, URI httpBase, UUID eventId, String token) {
        String ws = httpBase.toString().replaceFirst("^http", "ws").replaceAll("/$", "");
        return new GameClient(name,
                URI.create(ws + "/api/ws/event/" + eventId + "?token=" + (token == null ? "null" : token)));
    }

    /** Joins with an account token (user_id = the account) and returns the connected frame. */
    public Map<String, Object> joinAs(UUID accountId) {
        send(Map.of("type", "join", "user_id", accountId.toString()));
        return next("connected");
    }

    /** Joins with a participant session token and returns the connected frame. */
    public Map<String, Object> joinWithSession() {
        send(Map.of("type", "join"));
        return next("connected");
    }

    /** Never answers pings: a client that went quiet. */
    public GameClient silent() {
        autoPong = false;
        return this;
    }

    public GameClient send(Map<String, ?> message) {
        try {
            return sendRaw(JSON.writeValueAsString(message));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public GameClient sendRaw(String text) {
        sendNow(socket, text);
        return this;
    }

    /** Sends one binary frame. */
    public GameClient sendBinary(byte[] bytes) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).orTimeout(10, TimeUnit.SECONDS).join();
        return this;
    }

    /**
     * Sends text frames back to back, each once the previous one is written, without waiting for any reply: for
     * floods and pipelined tests. The future fails when the socket closes on the way.
     */
    public CompletableFuture<Void> sendAll(List<String> texts) {
        CompletableFuture<WebSocket> chain = CompletableFuture.completedFuture(socket);
        for (String text : texts) {
            chain = chain.thenCompose(ws -> ws.sendText(text, true));
        }
        return chain.thenApply(ws -> null);
    }

    /** How many error frames arrived so far. */
    public long errorCount() {
        return frames.stream().filter(f -> "error".equals(f.get("type"))).count();
    }

    /** One send at a time (the JDK's WebSocket refuses a second while one is pending: "Send pending"). */
    private synchronized void sendNow(WebSocket to, String text) {
        to.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** The next frame of this type after the last one taken; everything before it counts as taken too. */
    public Map<String, Object> next(String type) {
        int[] found = {-1};
        List<String> seen = types();
        await().alias(
                name + " waits for " + type + " after " + seen.subList(Math.min(cursor, seen.size()), seen.size()))
                .atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> {
                    for (int i = cursor; i < frames.size(); i++) {
                        if (type.equals(frames.get(i).get("type"))) {
                            found[0] = i;
                            return true;
                        }
                    }
                    return false;
                });
        cursor = found[0] + 1;
        return frames.get(found[0]);
    }

    /** The next frame of any of these types after the last one taken (a reply that may be one thing or another). */
    public Map<String, Object> nextOf(String... types) {
        List<String> wanted = List.of(types);
        int[] found = {-1};
        await().alias(name + " waits for one of " + wanted).atMost(WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    for (int i = cursor; i < frames.size(); i++) {
                        if (wanted.contains(frames.get(i).get("type"))) {
                            found[0] = i;
                            return true;
                        }
                    }
                    return false;
                });
        cursor = found[0] + 1;
        return frames.get(found[0]);
    }

    /** The next error frame, checked for its code. */
    public Map<String, Object> nextError(String code) {
        Map<String, Object> error = next("error");
        if (!code.equals(error.get("code"))) {
            throw new AssertionError(name + " expected error " + code + " but got " + error);
        }
        return error;
    }

    /** Waits until at least {@code count} frames arrived in all. */
    public void awaitFrames(int count) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> frames.size() >= count);
    }

    public List<String> types() {
        List<String> types = new ArrayList<>();
        for (Map<String, Object> f : frames) {
            types.add((String) f.get("type"));
        }
        return types;
    }

    /**
     * What the client was told once it joined: the types from its first {@code connected} on, leaving out the
     * heartbeat's pings and the coalesced counters, whose number depends on timing. (Frames before the join
     * reach it as an observer, and which ones do depends on when the server registered the socket.)
     */
    public List<String> flow() {
        List<String> all = types();
        int joined = all.indexOf("connected");
        List<String> flow = new ArrayList<>();
        for (String t : joined < 0 ? List.<String>of() : all.subList(joined, all.size())) {
            if (!t.equals("ping") && !t.equals("answer_count") && !t.equals("participant_count")) {
                flow.add(t);
            }
        }
        return flow;
    }

    public List<Map<String, Object>> frames() {
        return List.copyOf(frames);
    }

    public int awaitClose() {
        return closeCode.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public boolean isClosed() {
        return closeCode.isDone();
    }

    @Override
    public void close() {
        if (!closeCode.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(f -> null);
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    Map<String, Object> frame = JSON.readValue(partial.toString(),
                            new TypeReference<Map<String, Object>>() {
                            });
                    frames.add(frame);
                    if (autoPong && "ping".equals(frame.get("type"))) {
                        sendNow(webSocket, "{\"type\":\"pong\"}");
                    }
                } catch (Exception e) {
                    frames.add(Map.of("type", "unparseable", "text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.complete(-1);
        }
    }
}
