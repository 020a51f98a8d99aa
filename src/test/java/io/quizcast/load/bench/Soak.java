package io.quizcast.load.bench;

import static org.awaitility.Awaitility.await;

import io.quizcast.it.ServiceProcess;
import io.quizcast.load.LoadOptions;
import io.quizcast.load.LoadRun;
import io.quizcast.load.ProcessStats;
import io.quizcast.load.Report;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Issue 11, item 8: games of 1,000 players back to back against one server for a fixed time, the server sampled
 * every 5 s (resident memory, open files and sockets, PostgreSQL connections, rooms in memory); the figures, the
 * checks and a plot of RSS and sockets over time.
 */
final class Soak {

    /** One look at the server: while a game runs, or settled between games (no socket open). */
    record Sample(double seconds, int game, boolean settled, long rssKiB, long files, long socketFiles,
            long pgConnections, long pgActive, long rooms, long gameSockets) {
    }

    /** What the run saw, and whether every check held. */
    record Result(List<Sample> samples, int games, int dirtyGames, long errorFrames, long answersAcked,
            List<String> failedChecks) {
    }

    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(5);

    private final ServiceProcess service;
    private final int pgPort;
    private final Duration length;
    private final LoadOptions game;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final long startNanos = System.nanoTime();
    private volatile int gameNumber;

    Soak(ServiceProcess service, int pgPort, Duration length, LoadOptions game) {
        this.service = service;
        this.pgPort = pgPort;
        this.length = length;
        this.game = game;
    }

    Result run() {
        URI base = service.base();
        ProcessStats server = new ProcessStats(service.pid());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> samples.add(sample(server, false)), 0, SAMPLE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        int dirty = 0;
        long errors = 0;
        long acked = 0;
        List<String> failed = new ArrayList<>();
        try {
            long end = startNanos + length.toNanos();
            while (System.nanoTime() < end) {
                gameNumber++;
                Report report = new LoadRun(game.withTarget(base, service.pid())).run();
                if (!report.clean()) {
                    dirty++;
                    failed.add("game " + gameNumber + " was not clean: " + report.stats().failures());
                }
                errors += report.headline().getOrDefault("error_frames", 0.0).longValue();
                acked += report.headline().getOrDefault("answers_acked", 0.0).longValue();
                settle(server);
            }
            // a finished event's room goes at the next eviction sweep (at most a minute later)
            try {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> metric("quizcast_rooms") == 0);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                failed.add("rooms still in memory 90 s after the last game: " + metric("quizcast_rooms"));
            }
            samples.add(sample(server, true));
        } finally {
            sampler.shutdownNow();
        }
        failed.addAll(check());
        return new Result(List.copyOf(samples), gameNumber, dirty, errors, acked, failed);
    }

    /** Waits until the game's sockets are gone, then takes a settled sample. */
    private void settle(ProcessStats server) {
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> metric("quizcast_sockets_open") == 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // recorded as it is: the check below reports a settled sample with sockets still open
        }
        samples.add(sample(server, true));
    }

    /** The checks of item 8, on the settled samples after the first two games (the warm-up). */
    private List<String> check() {
        List<String> failed = new ArrayList<>();
        List<Sample> settled = samples.stream().filter(Sample::settled).toList();
        if (settled.size() < 4) {
            failed.add("too few games to judge: " + settled.size() + " settled samples");
            return failed;
        }
        Sample reference = settled.get(1);
        Sample last = settled.get(settled.size() - 1);
        for (Sample s : settled.subList(2, settled.size())) {
            double drift = (s.rssKiB() - reference.rssKiB()) / (double) reference.rssKiB();
            if (Math.abs(drift) > 0.10) {
                failed.add(String.format(Locale.ROOT, "RSS after game %d is %+.1f%% of the warmed-up %d MiB",
                        s.game(), drift * 100, reference.rssKiB() >> 10));
            }
            if (s.pgActive() > 0) {
                failed.add("PostgreSQL connections still active after game " + s.game() + ": " + s.pgActive());
            }
            if (s.gameSockets() > 0) {
                failed.add("game sockets still open after game " + s.game() + ": " + s.gameSockets());
            }
        }
        // the pool may hold a different number of idle connections; everything else is back where it was
        long otherFiles = (last.files() - last.pgConnections()) - (reference.files() - reference.pgConnections());
        if (otherFiles > 5) {
            failed.add("open files (pool connections aside) grew by " + otherFiles + " over the run");
        }
        if (last.rooms() > 0) {
            failed.add("rooms left in memory at the end: " + last.rooms());
        }
        return failed;
    }

    private Sample sample(ProcessStats server, boolean settled) {
        long[] pg = pgConnections();
        String metrics = metrics();
        return new Sample((System.nanoTime() - startNanos) / 1e9, gameNumber, settled, server.rssKiB(),
                server.openFiles(), socketFiles(server.pid()), pg[0], pg[1], gauge(metrics, "quizcast_rooms"),
                gauge(metrics, "quizcast_sockets_open"));
    }

    private static long socketFiles(long pid) {
        try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // closed while listed
                }
            }).count();
        } catch (IOException e) {
            return -1;
        }
    }

    private long[] pgConnections() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "postgres", "postgres");
                ResultSet r = c.createStatement().executeQuery("SELECT count(*), count(*) FILTER (WHERE state ="
                        + " 'active') FROM pg_stat_activity WHERE backend_type = 'client backend'"
                        + " AND pid <> pg_backend_pid()")) {
            r.next();
            return new long[]{r.getLong(1), r.getLong(2)};
        } catch (java.sql.SQLException e) {
            return new long[]{-1, -1};
        }
    }

    /** One gauge of /q/metrics (-1 when it cannot be read). */
    private long metric(String name) {
        return gauge(metrics(), name);
    }

    /** The text of /q/metrics, empty when it cannot be read. */
    private String metrics() {
        try {
            return http.send(HttpRequest.newBuilder(service.base().resolve("/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static long gauge(String metrics, String name) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return -1;
    }
}
