package io.quizcast.load.bench;

import static org.awaitility.Awaitility.await;

import io.quizcast.it.ServiceProcess;
import io.quizcast.load.JsonHttp;
import io.quizcast.load.Latencies;
import io.quizcast.load.LoadOptions;
import io.quizcast.load.LoadRun;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 23's scenario: a 10,000-player event on one of two packaged processes (one PostgreSQL), the owner killed
 * with -9 while the players are answering a question; the bench's clients play the ingress and move to the other
 * process. Measures when each player is back on the question, that every answer is stored exactly once (whether
 * its acknowledgement came before the kill, after it, or was lost with the pod), and the floor's connect rate for
 * the same number of sockets beside it. Runs with the production abuse limits: the players join over REST from one
 * address, as behind a venue's NAT, coming back after Retry-After when refused.
 */
final class Takeover {

    /** The answers' spread after the question reaches the players; the owner is killed halfway through it. */
    static final long ANSWER_WINDOW_MS = 6_000;

    /** The production defaults of application.properties, set explicitly (the test processes lift them). */
    private static final Map<String, String> PRODUCTION_LIMITS = Map.of(
            "QUIZCAST_LIMITS_LOGIN_FAILURES_PER_ACCOUNT_BURST", "5",
            "QUIZCAST_LIMITS_LOGIN_FAILURES_PER_ADDRESS_BURST", "20",
            "QUIZCAST_LIMITS_LOOKUP_MISSES_PER_ADDRESS_BURST", "20",
            "QUIZCAST_LIMITS_JOINS_PER_ADDRESS_BURST", "2000",
            "QUIZCAST_LIMITS_JOINS_PER_EVENT_BURST", "5000");

    private final int pg;
    private final Path work;
    private final Function<String, List<String>> jvm;
    private final int players;
    private final UnaryOperator<ServiceProcess> packaging;

    /** {@code packaging}: the JVM build as given, or the same process switched to a native executable. */
    Takeover(int pg, Path work, Function<String, List<String>> jvm, int players,
            UnaryOperator<ServiceProcess> packaging) {
        this.pg = pg;
        this.work = work;
        this.jvm = jvm;
        this.players = players;
        this.packaging = packaging;
    }

    /** Runs the scenario, then the floor; returns the block's table. */
    String run() throws Exception {
        Path dir = Files.createDirectories(work.resolve("takeover"));
        String jdbc = "jdbc:postgresql://localhost:" + pg + "/postgres";
        String reactive = "postgresql://localhost:" + pg + "/postgres";
        ServiceProcess a = packaging
                .apply(new ServiceProcess(jdbc, reactive, dir, jvm.apply("takeover-a"), PRODUCTION_LIMITS));
        ServiceProcess b = packaging
                .apply(new ServiceProcess(jdbc, reactive, dir, jvm.apply("takeover-b"), PRODUCTION_LIMITS));
        Vertx vertx = Vertx.vertx();
        HttpClient sockets = PodGame.socketClient(vertx);
        List<Context> loops = List.of(vertx.getOrCreateContext(), vertx.getOrCreateContext());
        StringBuilder table = new StringBuilder("| metric | value |\n|---|---|\n");
        try {
            a.start();
            b.start();
            JsonHttp httpB = new JsonHttp(vertx, loops, b.base(), 32, 60_000);
            for (ServiceProcess pod : List.of(a, b)) {
                PodGame.warmUp(pod, new JsonHttp(vertx, loops, pod.base(), 32, 60_000), sockets, loops);
            }

            PodGame game = PodGame.create(httpB, "takeover", players);
            row(table, String.format(Locale.ROOT, "set-up: %d REST joins at once from one address, production limits:"
                    + " all joined after (ms) / refused with 429 and tried again after Retry-After", players),
                    game.joinMs + " / " + game.joinsRefused);
            AtomicInteger route = new AtomicInteger(b.port());
            game.connect(sockets, loops, route::get, i -> b.port());
            game.host.send(new JsonObject().put("type", "start_game"));
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(10))
                    .until(() -> game.clients.stream().allMatch(c -> c.questionId != null));

            // every player answers once, spread over the window; the owner dies halfway through it
            long window = System.nanoTime();
            for (int i = 0; i < game.clients.size(); i++) {
                PodClient c = game.clients.get(i);
                long at = ANSWER_WINDOW_MS * i / game.clients.size();
                String text = i % 3 == 0 ? "Wrong A" : "Right";
                vertx.setTimer(Math.max(1, at), id -> c.answer(text));
            }
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1))
                    .until(() -> System.nanoTime() - window >= TimeUnit.MILLISECONDS.toNanos(ANSWER_WINDOW_MS / 2));
            long ackedBefore = game.clients.stream().filter(c -> c.ackMicros >= 0).count();
            route.set(a.port());
            long crash = System.nanoTime();
            long crashWall = System.currentTimeMillis();
            TcpCounters tcpBefore = TcpCounters.read();
            b.crash();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(10))
                    .until(() -> game.restoredSince(crash) == game.clients.size());
            TcpCounters tcpAfter = TcpCounters.read();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10))
                    .until(() -> game.clients.stream().allMatch(PodClient::answerSettled));

            Latencies closed = new Latencies();
            Latencies upgraded = new Latencies();
            Latencies connected = new Latencies();
            Latencies restored = new Latencies();
            Latencies acks = new Latencies();
            for (PodClient c : game.clients) {
                closed.add((c.closedNanos - crash) / 1000);
                upgraded.add((c.upgradedNanos - crash) / 1000);
                connected.add((c.connectedNanos - crash) / 1000);
                restored.add((c.restoredNanos - crash) / 1000);
                if (c.ackMicros >= 0) {
                    acks.add(c.ackMicros);
                }
            }
            long acked = game.clients.stream().filter(c -> c.ackMicros >= 0).count();
            long shownByRestore = game.clients.stream().filter(c -> c.ackMicros < 0 && c.restoredAnswer != null)
                    .count();
            long[] stored = storedAnswers(jdbc, game.eventId);
            int errors = game.clients.stream().mapToInt(c -> c.errors.get()).sum() + game.host.errors.get();
            int refused = game.clients.stream().mapToInt(c -> c.refusedUpgrades.get()).sum();
            double lastS = restored.percentileMs(1.0) / 1000;
            row(table, String.format(Locale.ROOT, "kill -9 of the owner, question open → first / p50 / p99 / last of"
                    + " %d players restored on the other pod (ms)", players),
                    String.format(Locale.ROOT, "%.0f / %.0f / %.0f / %.0f", restored.percentileMs(0),
                            restored.percentileMs(0.5), restored.percentileMs(0.99), lastS * 1000));
            row(table,
                    "the players' sockets closed by the kill / upgraded on the other pod / `connected` there, first /"
                            + " p50 / last (ms)",
                    spread(closed) + " / " + spread(upgraded) + " / " + spread(connected));
            row(table, "the survivor's room load (from its log): started after the kill / took (ms)",
                    roomLoad(a.log(), game.eventId, crashWall));
            row(table, "the machine's TCP from the kill to the last restore: accept queues overflowed (a connection"
                    + " dropped, its client retrying a second or more later) / SYNs sent again",
                    tcpAfter.since(tcpBefore, TcpCounters.LISTEN_OVERFLOWS) + " / "
                            + tcpAfter.since(tcpBefore, TcpCounters.SYN_RETRANSMITS));
            row(table, "players restored per second (players / last restore)",
                    String.format(Locale.ROOT, "%.0f", players / lastS));
            row(table, "answers acknowledged before the kill / after it / stored with the acknowledgement lost"
                    + " (shown by the restore)", ackedBefore + " / " + (acked - ackedBefore) + " / " + shownByRestore);
            row(table, "answer rows stored for the question / distinct players in them / players",
                    stored[0] + " / " + stored[1] + " / " + players);
            row(table, "answer acknowledgement p50 / p99 (ms), both pods",
                    String.format(Locale.ROOT, "%.0f / %.0f", acks.percentileMs(0.5), acks.percentileMs(0.99)));
            row(table, "error frames / upgrades refused", errors + " / " + refused);
            game.close();
            a.stop(); // a graceful end: its flight recording (-Dload.jfr) is written
            if (stored[0] != players || stored[1] != players || acked + shownByRestore != players) {
                throw new IllegalStateException("answers lost or doubled: " + table);
            }
        } finally {
            a.kill();
            b.kill();
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        floor(table);
        return table.toString();
    }

    /** The raw Vert.x floor with the same number of sockets opened at once: its connect and REST join rates. */
    private void floor(StringBuilder table) throws Exception {
        try (FloorProcess f = new FloorProcess(work.resolve("floor.log"), jvm.apply("floor"))) {
            Map<String, Double> h = new LoadRun(LoadOptions.parse("--scenario", "fanout", "--events", "1",
                    "--players", String.valueOf(players), "--questions", "1").withTarget(f.base(), f.pid())).run()
                    .headline();
            double connect = h.getOrDefault("connect_per_s", Double.NaN);
            row(table, "floor (raw Vert.x): sockets open → connected per second, " + players + " at once / the"
                    + " time for all (ms)",
                    String.format(Locale.ROOT, "%.0f / %.0f", connect,
                            players / connect * 1000));
            row(table, "floor (raw Vert.x): REST joins per second",
                    String.format(Locale.ROOT, "%.0f", h.getOrDefault("join_per_s", Double.NaN)));
        }
    }

    private static String spread(Latencies l) {
        return String.format(Locale.ROOT, "%.0f, %.0f, %.0f", l.percentileMs(0), l.percentileMs(0.5),
                l.percentileMs(1.0));
    }

    private static void row(StringBuilder table, String metric, Object value) {
        table.append("| ").append(metric).append(" | ").append(value).append(" |\n");
    }

    /** When the survivor's load of the event (its take-over, epoch 2 or more) began after the kill, and its time. */
    private static String roomLoad(Path log, String eventId, long crashWall) throws Exception {
        Pattern loaded = Pattern.compile("event " + eventId + ": room loaded in (\\d+) ms \\(\\d+ participants, epoch"
                + " ([2-9]|\\d\\d+);");
        for (String line : Files.readAllLines(log)) {
            Matcher m = loaded.matcher(line);
            if (m.find()) {
                long took = Long.parseLong(m.group(1));
                long at = Instant.parse(new JsonObject(line).getString("timestamp")).toEpochMilli();
                return (at - took - crashWall) + " / " + took;
            }
        }
        return "not logged";
    }

    /** The event's answer rows and the players in them (one question was played). */
    private static long[] storedAnswers(String jdbc, String eventId) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                ResultSet r = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT a.participant_id)"
                        + " FROM answers a JOIN event_participants p ON p.id = a.participant_id"
                        + " WHERE p.event_id = '" + eventId + "' AND a.selected_answer IS NOT NULL")) {
            r.next();
            return new long[]{r.getLong(1), r.getLong(2)};
        }
    }
}
