package io.quizcast.load.bench;

import static org.awaitility.Awaitility.await;

import io.quizcast.load.JsonHttp;
import io.quizcast.load.Latencies;
import io.vertx.core.Context;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One event with a host and its players, created over REST. */
final class PodGame {

    final String eventId;
    final String hostToken;
    final String hostUserId;
    final List<String> tokens;
    final List<PodClient> clients = new ArrayList<>();
    PodClient host;
    // the players' REST joins: how long they took, and how many the limits refused (each tried again)
    long joinMs;
    int joinsRefused;

    private PodGame(String eventId, String hostToken, String hostUserId, List<String> tokens) {
        this.eventId = eventId;
        this.hostToken = hostToken;
        this.hostUserId = hostUserId;
        this.tokens = tokens;
    }

    /** The bench's socket client: many sockets, and frames as large as a host's `connected` of 10,000. */
    static HttpClient socketClient(io.vertx.core.Vertx vertx) {
        return vertx.createHttpClient(new io.vertx.core.http.HttpClientOptions().setMaxWebSockets(Integer.MAX_VALUE)
                .setConnectTimeout(30_000)
                // the host's connected frame lists every participant: far above Vert.x's 64 KiB default
                .setMaxWebSocketFrameSize(1 << 20).setMaxWebSocketMessageSize(1 << 22));
    }

    /** A small game on the pod, discarded: its JIT warms up on the same paths. */
    static void warmUp(io.quizcast.it.ServiceProcess pod, JsonHttp http, HttpClient sockets, List<Context> loops) {
        PodGame warm = create(http, "warm-" + pod.port(), 200);
        java.util.concurrent.atomic.AtomicInteger route = new java.util.concurrent.atomic.AtomicInteger(pod.port());
        warm.connect(sockets, loops, route::get, i -> pod.port());
        warm.play(2);
        warm.close();
    }

    static PodGame create(JsonHttp http, String name, int players) {
        JsonObject account = http.call(HttpMethod.POST, "/api/auth/register",
                new JsonObject()
                        .put("username", "pods-" + name + "-" + UUID.randomUUID().toString().substring(0, 8))
                        .put("password", "load-password").put("display_name", "Host"),
                null).ok(201, "register host");
        String token = account.getString("token");
        JsonObject event = http.call(HttpMethod.POST, "/api/quizzes",
                new JsonObject().put("title", "Pods " + name).put("time_per_question", 300), token)
                .ok(201, "create event");
        String segment = http.call(HttpMethod.POST, "/api/quizzes/" + event.getString("id") + "/questions",
                new JsonObject().put("presenter_name", "Host").put("title", "Round"), token)
                .ok(201, "create segment").getString("id");
        JsonArray questions = new JsonArray();
        for (int q = 0; q < 4; q++) {
            questions.add(new JsonObject().put("question_text", "Q" + q + "?").put("correct_answer", "Right")
                    .put("fake_answers", new JsonArray().add("Wrong A").add("Wrong B")));
        }
        http.call(HttpMethod.POST, "/api/segments/" + segment + "/questions/bulk",
                new JsonObject().put("questions", questions), token).ok(200, "import questions");
        String[] tokens = new String[players];
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            waiting.add(i);
        }
        long started = System.nanoTime();
        int refused = 0;
        // every phone at once, from one address: a join refused by the limits (429) comes back after Retry-After
        while (!waiting.isEmpty()) {
            List<CompletableFuture<JsonHttp.Response>> joins = new ArrayList<>();
            for (int i : waiting) {
                joins.add(http.send(HttpMethod.POST, "/api/events/join",
                        new JsonObject().put("code", event.getString("join_code"))
                                .put("device_fingerprint", name + "-" + i).put("display_name", "P" + i),
                        null));
            }
            List<Integer> again = new ArrayList<>();
            long retryAfter = 0;
            for (int k = 0; k < waiting.size(); k++) {
                JsonHttp.Response r = joins.get(k).join();
                if (r.status() == 429) {
                    again.add(waiting.get(k));
                    retryAfter = Math.max(retryAfter, r.retryAfterSeconds());
                } else {
                    tokens[waiting.get(k)] = r.ok(200, "join").getString("sessionToken");
                }
            }
            refused += again.size();
            waiting = again;
            if (!waiting.isEmpty()) {
                // as a phone does: it comes back when the refusal said (a wait the protocol asks for, not a guess)
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(Math.max(1, retryAfter)));
            }
        }
        PodGame game = new PodGame(event.getString("id"), token, account.getJsonObject("user").getString("id"),
                List.of(tokens));
        game.joinMs = (System.nanoTime() - started) / 1_000_000;
        game.joinsRefused = refused;
        return game;
    }

    /** The host on the route's pod first, then every player on the pod {@code firstPod} gives it. */
    void connect(HttpClient sockets, List<Context> loops, java.util.function.IntSupplier route,
            java.util.function.IntUnaryOperator firstPod) {
        host = new PodClient(eventId, hostToken, hostUserId, sockets, loops.get(0), route);
        host.open(route.getAsInt());
        host.joined.orTimeout(1, TimeUnit.MINUTES).join();
        for (int i = 0; i < tokens.size(); i++) {
            PodClient c = new PodClient(eventId, tokens.get(i), null, sockets, loops.get(i % loops.size()),
                    route);
            clients.add(c);
            c.open(firstPod.applyAsInt(i));
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10))
                .until(() -> clients.stream().allMatch(c -> c.joinedPort != 0) && host.joinedPort != 0);
    }

    boolean everyoneOn(int port) {
        return host.joinedPort == port && clients.stream().allMatch(c -> c.joinedPort == port);
    }

    int moves() {
        return clients.stream().mapToInt(c -> c.moves.get()).sum() + host.moves.get();
    }

    long restoredSince(long nanos) {
        return clients.stream().filter(c -> c.restoredNanos - nanos > 0).count();
    }

    /** Plays {@code questions} questions; returns the fan-out of the last one to every player. */
    Latencies play(int questions) {
        String previous = null;
        for (int q = 0; q < questions; q++) {
            host.send(new JsonObject().put("type", q == 0 ? "start_game" : "next_question"));
            String before = previous;
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(10))
                    .until(() -> clients.stream().allMatch(c -> c.questionId != null
                            && !c.questionId.equals(before)));
            previous = clients.get(0).questionId;
            if (q + 1 < questions) {
                host.send(new JsonObject().put("type", "reveal_answer"));
            }
        }
        Latencies fanOut = new Latencies();
        for (PodClient c : clients) {
            fanOut.add(c.questionDelayMicros);
        }
        return fanOut;
    }

    void close() {
        host.close();
        clients.forEach(PodClient::close);
    }
}
