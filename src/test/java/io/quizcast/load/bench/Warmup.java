package io.quizcast.load.bench;

import io.quizcast.it.ServiceProcess;
import io.quizcast.load.JsonHttp;
import io.quizcast.load.Latencies;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Issue 23's warm-up goal: a fresh process's first requests against the same requests once it is warm. Each launch
 * is a new packaged process; as soon as it is ready, a host registers and creates an event (its first requests),
 * then 100 players join ten at a time (the first joins), then {@link #WARMING} more join (not measured), then 100
 * join ten at a time again (the steady state). Three launches; the table gives each and the median ratio.
 */
final class Warmup {

    static final int MEASURED = 100;
    static final int AT_ONCE = 10;
    static final int WARMING = 3_000;
    private static final int LAUNCHES = 3;

    private record Launch(long readyMs, double registerMs, double createMs, double firstP50, double firstP99,
            double firstWaveP50, double laterMax, double steadyP50, double steadyP99) {

        double ratio() {
            return firstP99 / steadyP99;
        }
    }

    private final Supplier<ServiceProcess> launch;

    Warmup(Supplier<ServiceProcess> launch) {
        this.launch = launch;
    }

    /** Runs the launches; returns the block's table. */
    String run() throws Exception {
        List<Launch> launches = new ArrayList<>();
        Vertx vertx = Vertx.vertx();
        try {
            List<Context> loops = List.of(vertx.getOrCreateContext(), vertx.getOrCreateContext());
            for (int i = 0; i < LAUNCHES; i++) {
                ServiceProcess service = launch.get();
                service.start();
                try {
                    launches.add(measure(vertx, loops, service));
                } finally {
                    service.stop();
                }
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        StringBuilder b = new StringBuilder("| launch | ready (ms) | first register / create event (ms) | first "
                + MEASURED + " joins p50 / p99 (ms) | their first " + AT_ONCE + ": p50; the other "
                + (MEASURED - AT_ONCE)
                + ": max (ms) | " + MEASURED + " joins after " + WARMING
                + " p50 / p99 (ms) | p99 ratio |\n|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < launches.size(); i++) {
            Launch l = launches.get(i);
            b.append(String.format(Locale.ROOT, "| %d | %d | %.0f / %.0f | %.1f / %.1f | %.1f; %.1f | %.1f / %.1f |"
                    + " %.2f |%n", i + 1, l.readyMs, l.registerMs, l.createMs, l.firstP50, l.firstP99,
                    l.firstWaveP50, l.laterMax, l.steadyP50, l.steadyP99, l.ratio()));
        }
        double[] ratios = launches.stream().mapToDouble(Launch::ratio).sorted().toArray();
        StringBuilder each = new StringBuilder();
        for (double r : ratios) {
            each.append(each.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", r));
        }
        b.append(String.format(Locale.ROOT, "%nMedian ratio of the first joins' p99 to the steady state's: **%.2f×**"
                + " (goal ≤ 2×); ratios %s.%n", ratios[ratios.length / 2], each));
        return b.toString();
    }

    private static Launch measure(Vertx vertx, List<Context> loops, ServiceProcess service) {
        URI base = service.base();
        JsonHttp http = new JsonHttp(vertx, loops, base, AT_ONCE, 60_000);
        long t = System.nanoTime();
        JsonObject account = http.call(HttpMethod.POST, "/api/auth/register", new JsonObject()
                .put("username", "warm-" + UUID.randomUUID().toString().substring(0, 8))
                .put("password", "load-password").put("display_name", "Host"), null).ok(201, "register");
        double registerMs = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        JsonObject event = http.call(HttpMethod.POST, "/api/quizzes", new JsonObject().put("title", "Warm-up"),
                account.getString("token")).ok(201, "create event");
        double createMs = (System.nanoTime() - t) / 1e6;
        String code = event.getString("join_code");

        Latencies firstWave = new Latencies();
        Latencies later = new Latencies();
        Latencies first = joins(http, code, "first", MEASURED, AT_ONCE, firstWave, later);
        http.close();
        JsonHttp warming = new JsonHttp(vertx, loops, base, 32, 60_000);
        joins(warming, code, "warming", WARMING, 32, null, null);
        warming.close();
        // fresh connections, as for the first joins: only the process differs
        JsonHttp steadyHttp = new JsonHttp(vertx, loops, base, AT_ONCE, 60_000);
        Latencies steady = joins(steadyHttp, code, "steady", MEASURED, AT_ONCE, null, null);
        steadyHttp.close();
        return new Launch(service.readyAfterMs(), registerMs, createMs, first.percentileMs(0.5),
                first.percentileMs(0.99), firstWave.percentileMs(0.5), later.maxMs(), steady.percentileMs(0.5),
                steady.percentileMs(0.99));
    }

    /**
     * {@code count} joins, {@code atOnce} at a time; each one's time from sent to answered, also kept apart for the
     * first wave and the others when those are given (a one-time cost shows in the first; a per-connection one
     * anywhere).
     */
    private static Latencies joins(JsonHttp http, String code, String name, int count, int atOnce,
            Latencies firstWave, Latencies later) {
        Latencies times = new Latencies();
        for (int wave = 0; wave < count; wave += atOnce) {
            Latencies part = wave == 0 ? firstWave : later;
            List<CompletableFuture<JsonHttp.Response>> sent = new ArrayList<>();
            for (int i = wave; i < Math.min(count, wave + atOnce); i++) {
                long start = System.nanoTime();
                sent.add(http.send(HttpMethod.POST, "/api/events/join", new JsonObject().put("code", code)
                        .put("device_fingerprint", name + "-" + i + "-" + UUID.randomUUID())
                        .put("display_name", name + " " + i), null)
                        .whenComplete((r, f) -> {
                            long micros = (System.nanoTime() - start) / 1000;
                            times.add(micros);
                            if (part != null) {
                                part.add(micros);
                            }
                        }));
            }
            for (CompletableFuture<JsonHttp.Response> r : sent) {
                r.join().ok(200, "join");
            }
        }
        return times;
    }
}
