package io.quizcast.load.bench;

import static org.awaitility.Awaitility.await;

import io.quizcast.it.ServiceProcess;
import io.quizcast.load.JsonHttp;
import io.quizcast.load.Latencies;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 13's figures: two service processes on one PostgreSQL. (1) an event's sockets all on one pod: the question's
 * fan-out; (2) the same number opened half on each pod at once: the time until every socket is served by one owner,
 * the moves it took, and the fan-out after; (3) kill -9 of the owner mid-question: the time until each player is
 * restored on the other pod; (4) what {@code pg_notify} in a write's transaction costs (pgbench, same database).
 */
final class SeveralPods {

    private final int pg;
    private final Path work;
    private final List<String> heap;
    private final int players;

    SeveralPods(int pg, Path work, List<String> heap, int players) {
        this.pg = pg;
        this.work = work;
        this.heap = heap;
        this.players = players;
    }

    /** Runs the four parts and returns their table. */
    String run() throws Exception {
        Path dir = Files.createDirectories(work.resolve("several-pods"));
        String jdbc = "jdbc:postgresql://localhost:" + pg + "/postgres";
        String reactive = "postgresql://localhost:" + pg + "/postgres";
        // one work folder: one set of token keys (account and session), shared by both
        ServiceProcess a = new ServiceProcess(jdbc, reactive, dir, heap, Map.of());
        ServiceProcess b = new ServiceProcess(jdbc, reactive, dir, heap, Map.of());
        Vertx vertx = Vertx.vertx();
        HttpClient sockets = PodGame.socketClient(vertx);
        List<Context> loops = List.of(vertx.getOrCreateContext(), vertx.getOrCreateContext());
        StringBuilder table = new StringBuilder("| part | metric | value |\n|---|---|---|\n");
        try {
            a.start();
            b.start();
            JsonHttp httpA = new JsonHttp(vertx, loops, a.base(), 32, 30_000);
            JsonHttp httpB = new JsonHttp(vertx, loops, b.base(), 32, 30_000);

            // warm-up: a small game on each pod, discarded
            PodGame.warmUp(a, httpA, sockets, loops);
            PodGame.warmUp(b, httpB, sockets, loops);

            // 1. one pod
            PodGame one = PodGame.create(httpA, "one", players);
            AtomicInteger routeOne = new AtomicInteger(a.port());
            long oneStart = System.nanoTime();
            one.connect(sockets, loops, routeOne::get, i -> a.port());
            long oneConnectedMs = (System.nanoTime() - oneStart) / 1_000_000;
            Latencies onePod = one.play(2);
            one.close();
            table.append(String.format(Locale.ROOT,
                    "| one pod | %d sockets opened at once on the owner → all joined (ms) | %d |%n", players,
                    oneConnectedMs));
            row(table, "one pod", "question fan-out to " + players + " sockets, p50 / p99 (ms)", onePod);

            // 2. spread over two pods at once, the route (the ingress's hash) on B
            PodGame spread = PodGame.create(httpB, "spread", players);
            AtomicInteger route = new AtomicInteger(b.port());
            long start = System.nanoTime();
            spread.connect(sockets, loops, route::get, i -> i % 2 == 0 ? a.port() : b.port());
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10))
                    .until(() -> spread.everyoneOn(b.port()));
            long convergedMs = (System.nanoTime() - start) / 1_000_000;
            int moves = spread.moves();
            long epoch = epoch(jdbc, spread.eventId);
            Latencies afterSpread = spread.play(2);
            table.append(String.format(Locale.ROOT,
                    "| spread | %d sockets opened half on each pod at once → all on one owner (ms) | %d |%n", players,
                    convergedMs));
            table.append(String.format(Locale.ROOT,
                    "| spread | sockets moved (closed with 1001 and reconnected) / owner epochs used | %d / %d |%n",
                    moves, epoch));
            row(table, "spread", "question fan-out after convergence, p50 / p99 (ms)", afterSpread);

            // 3. kill -9 of the owner (B) with a question open; the route moves to A
            String second = spread.clients.get(0).questionId;
            spread.host.send(new JsonObject().put("type", "reveal_answer"));
            spread.host.send(new JsonObject().put("type", "next_question"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() -> spread.clients
                    .stream().allMatch(c -> c.questionId != null && !c.questionId.equals(second)));
            route.set(a.port());
            long crash = System.nanoTime();
            b.crash();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10))
                    .until(() -> spread.restoredSince(crash) == spread.clients.size());
            Latencies takeover = new Latencies();
            for (PodClient c : spread.clients) {
                takeover.add((c.restoredNanos - crash) / 1000);
            }
            table.append(String.format(Locale.ROOT,
                    "| takeover | kill -9 of the owner → first / p50 / p99 / last of %d players restored on the "
                            + "other pod (ms) | %.0f / %.0f / %.0f / %.0f |%n",
                    spread.clients.size(), takeover.percentileMs(0), takeover.percentileMs(0.5),
                    takeover.percentileMs(0.99), takeover.percentileMs(1.0)));
            spread.close();

            // 4. the cost of NOTIFY in a write's transaction (A listens, as in production)
            for (int clients : new int[]{1, 30}) {
                double plain = notifyBench(dir, clients, false);
                double notify = notifyBench(dir, clients, true);
                table.append(String.format(Locale.ROOT,
                        "| NOTIFY cost | one-row update per transaction, %d client(s): without / with pg_notify "
                                + "(tx/s) | %.0f / %.0f (%.2f×) |%n",
                        clients, plain, notify, notify / plain));
            }
        } finally {
            a.kill();
            b.kill();
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        return table.toString();
    }

    private static void row(StringBuilder table, String part, String metric, Latencies l) {
        table.append(String.format(Locale.ROOT, "| %s | %s | %.0f / %.0f |%n", part, metric, l.percentileMs(0.5),
                l.percentileMs(0.99)));
    }

    private static long epoch(String jdbc, String eventId) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT epoch FROM event_owners WHERE event_id = '" + eventId + "'")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** pgbench: a one-row update per transaction, with or without a notice shaped like the service's. */
    private double notifyBench(Path dir, int clients, boolean notify) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pg + "/postgres", "postgres",
                "postgres"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_notice");
            s.execute("CREATE TABLE bench_notice (id int PRIMARY KEY, join_locked boolean NOT NULL DEFAULT false)");
            s.execute("INSERT INTO bench_notice SELECT g FROM generate_series(1, 1000) g");
        }
        // an event_deleted notice for an event nobody runs: heard and decoded by the listening pod, then dropped
        String notice = "{\"kind\":\"event_deleted\",\"event_id\":\"" + UUID.randomUUID() + "\"}";
        Path script = dir.resolve(notify ? "notify.sql" : "plain.sql");
        Files.writeString(script, "\\set id random(1, 1000)\nBEGIN;\n"
                + "UPDATE bench_notice SET join_locked = NOT join_locked WHERE id = :id;\n"
                + (notify ? "SELECT pg_notify('quizcast_notices', '" + notice + "');\n" : "") + "COMMIT;\n");
        return new PgBench(pg, dir).rate(script, clients, 10);
    }
}
