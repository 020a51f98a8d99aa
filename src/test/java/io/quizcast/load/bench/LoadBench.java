package io.quizcast.load.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.it.ServiceProcess;
import io.quizcast.load.LoadOptions;
import io.quizcast.load.LoadRun;
import io.quizcast.load.Report;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One scenario of the load tool against quizcast and then, with the same tool and arguments, against its floors
 * (the raw Vert.x floor server; pgbench for the answer scenarios), back to back on one PostgreSQL; writes the
 * scenario's block of docs/BENCHMARKS.md. {@code ./mvnw verify -Pload -Dscenario=fanout} (see the README).
 */
class LoadBench {

    private static final List<String> HEAP = List.of("-Xms512m", "-Xmx512m");
    private static final int POOL_SIZE = 30;
    /** The executable's options as the pods run it (the image's CMD, the Kubernetes base's args). */
    private static final List<String> SHIPPED_NATIVE_OPTIONS = List.of("-Xmx1g");

    private final String scenario = System.getProperty("scenario", "smoke");
    private final String label = System.getProperty("load.label", "baseline");
    private final String extraArgs = System.getProperty("load.args", "");
    /** {@code -Dload.native.options="-Xmx512m -Xmn128m"}: the executable's options (default: the JVM's -Xmx). */
    private final String nativeOptions = System.getProperty("load.native.options", "");
    private final boolean jfr = Boolean.getBoolean("load.jfr");
    /** {@code -Dload.native=target/<name>-runner}: the native executable measured beside the JVM build. */
    private final Path nativeRunner = System.getProperty("load.native", "").isBlank() ? null
            : Path.of(System.getProperty("load.native")).toAbsolutePath();
    private final Path work = Path.of("target", "load").toAbsolutePath();

    @Test
    void scenario() throws Exception {
        Files.createDirectories(work);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start()) {
            int pg = postgres.getPort();
            if ("startup".equals(scenario)) {
                startup(pg);
                return;
            }
            if ("soak".equals(scenario)) {
                soak(pg);
                return;
            }
            if ("talk".equals(scenario)) {
                talk(pg);
                return;
            }
            if ("several-pods".equals(scenario)) {
                severalPods(pg);
                return;
            }
            if ("takeover".equals(scenario)) {
                takeover(pg);
                return;
            }
            if ("warm-up".equals(scenario)) {
                warmUp(pg);
                return;
            }
            LoadOptions options = LoadOptions.parse(args("--scenario", scenario));
            Measured quizcast = measure(pg, options, null);
            Measured nativeBuild = nativeRunner == null ? null : measure(pg, options, nativeRunner);
            Report floor;
            try (FloorProcess f = new FloorProcess(work.resolve("floor.log"), serverJvm("floor"))) {
                warmUp(f.base(), f.pid());
                floor = new LoadRun(options.withTarget(f.base(), f.pid())).run();
            }
            double pgPool = Double.NaN;
            double pgOne = Double.NaN;
            if (options.answerShare() > 0) {
                PgBench pgbench = new PgBench(pg, work);
                pgPool = pgbench.insertRate(POOL_SIZE, 10);
                pgOne = pgbench.insertRate(1, 10);
            }
            String details = "## quizcast\n\n" + quizcast.report().markdown()
                    + (nativeBuild == null ? ""
                            : "\n## quizcast, native executable\n\n" + nativeBuild.report().markdown())
                    + "\n## floor\n\n" + floor.markdown();
            Files.writeString(work.resolve(scenario + "-" + label + ".md"), details);
            System.out.println(details);
            String block = nativeBuild == null
                    ? block(options, quizcast.report(), floor, quizcast.storedAnswers(), pgPool, pgOne)
                    : BuildsTable.block(header("-Dscenario=" + scenario + argsFlag() + nativeFlags()), options,
                            scenario, quizcast,
                            nativeBuild, floor, pgPool);
            new BenchmarksFile(Path.of("docs", "BENCHMARKS.md").toAbsolutePath()).write(scenario, label, block);
        }
    }

    /** One run of the scenario against quizcast: the JVM build, or the native executable when one is given. */
    private Measured measure(int pg, LoadOptions options, Path runner) throws Exception {
        ServiceProcess service = new ServiceProcess(jdbc(pg), "postgresql://localhost:" + pg + "/postgres", work,
                serverJvm(runner == null ? "quizcast" : "quizcast-native"));
        if (runner != null) {
            service.runningExecutable(runner, nativeOptionList());
        }
        try {
            service.start();
            URI base = URI.create("http://127.0.0.1:" + service.port());
            warmUp(base, service.pid());
            long before = answerRows(pg);
            Report report = new LoadRun(options.withTarget(base, service.pid())).run();
            return new Measured(report, answerRows(pg) - before);
        } finally {
            service.stop();
        }
    }

    /** The executable's options from {@code -Dload.native.options}, or null for the JVM's {@code -Xmx}. */
    private List<String> nativeOptionList() {
        return nativeOptions.isBlank() ? null : List.of(nativeOptions.trim().split("\\s+"));
    }

    /** The command line's {@code -Dload.args} as given, for a block's header (empty without). */
    private String argsFlag() {
        return extraArgs.isBlank() ? "" : " -Dload.args=\"" + extraArgs + "\"";
    }

    /** The command line's native flags as given, for a block's header (empty without an executable). */
    private String nativeFlags() {
        if (nativeRunner == null) {
            return "";
        }
        return " -Dload.native=" + System.getProperty("load.native")
                + (nativeOptions.isBlank() ? "" : " -Dload.native.options=\"" + nativeOptions + "\"");
    }

    /** A small game first, discarded: the JIT warms up on the same paths. */
    private void warmUp(URI base, long pid) {
        new LoadRun(LoadOptions.parse("--scenario", "smoke", "--events", "2", "--players", "200", "--questions", "3",
                "--answer-share", "1", "--answer-window-ms", "300").withTarget(base, pid)).run();
    }

    private void startup(int pg) throws Exception {
        Startup jvm = Startup.measure(() -> new ServiceProcess(jdbc(pg), "postgresql://localhost:" + pg + "/postgres",
                work, HEAP));
        Startup executable = nativeRunner == null ? null
                : Startup.measure(() -> new ServiceProcess(jdbc(pg), "postgresql://localhost:" + pg + "/postgres",
                        work, HEAP).runningExecutable(nativeRunner, nativeOptionList()));
        long[] floor = new long[3];
        for (int i = 0; i < 3; i++) {
            try (FloorProcess f = new FloorProcess(work.resolve("floor.log"), HEAP)) {
                floor[i] = f.readyAfterMs();
            }
        }
        String block = header("-Dscenario=startup" + nativeFlags()) + Startup.table(jvm, executable,
                nativeOptions.isBlank() ? String.join(" ", ServiceProcess.executableOptionsOf(HEAP))
                        : nativeOptions,
                floor);
        System.out.println(block);
        new BenchmarksFile(Path.of("docs", "BENCHMARKS.md").toAbsolutePath()).write(scenario, label, block);
    }

    /** Issue 22: a talk's end to its drafts, with and without interval generation, against the fake provider. */
    private void talk(int pg) throws Exception {
        String block = header("-Dscenario=talk") + new TalkBench(pg, work, HEAP).run();
        System.out.println(block);
        new BenchmarksFile(Path.of("docs", "BENCHMARKS.md").toAbsolutePath()).write(scenario, label, block);
    }

    /** Issue 13: two processes on one database (one pod vs spread, takeover, the cost of NOTIFY). */
    private void severalPods(int pg) throws Exception {
        int players = Integer.getInteger("pods.players", 2000);
        String table = new SeveralPods(pg, work, HEAP, players).run();
        String block = header("-Dscenario=several-pods -Dpods.players=" + players) + table
                + "\nTwo service processes (the packaged JVM build) on one PostgreSQL; the bench's clients play the"
                + " ingress (a socket closed by its pod reconnects at once to the pod the route names). Fan-out: receipt"
                + " of the second question minus its `question_started_at`, every player. Spread: the host on the"
                + " route's pod, then every even player on the other pod and every odd one on the route's, all at once."
                + " Takeover: kill -9 of the owner with a question open, the route moved to the survivor; the time to"
                + " each player's `state_restored` there. NOTIFY: pgbench, 10 s per figure, a one-row update per"
                + " transaction with and without `pg_notify` of a notice shaped like the service's, one pod"
                + " listening.\n";
        System.out.println(block);
        new BenchmarksFile(Path.of("docs", "BENCHMARKS.md").toAbsolutePath()).write(scenario, label, block);
    }

    /** Issue 23: kill -9 of the owner of a large event while its players answer; the floor's connect rate beside. */
    private void takeover(int pg) throws Exception {
        int players = Integer.getInteger("pods.players", 10_000);
        // a pod's loss is measured as the pods run: with their heap, unless told otherwise
        List<String> executableOptions = nativeOptions.isBlank() ? SHIPPED_NATIVE_OPTIONS : nativeOptionList();
        String table = new Takeover(pg, work, this::serverJvm, players,
                p -> nativeRunner == null ? p : p.runningExecutable(nativeRunner, executableOptions)).run();
        String block = header("-Dscenario=takeover -Dpods.players=" + players + nativeFlags()) + table
                + "\nTwo service processes ("
                + (nativeRunner == null ? "the packaged JVM build"
                        : "the native executable, `" + String.join(" ", executableOptions) + "`")
                + ") on one PostgreSQL, with the production abuse limits;"
                + " the bench's clients play the ingress (a socket closed by its pod reconnects at once, with its session"
                + " token, to the pod the route names). The players join over REST from one address (as behind a"
                + " venue's NAT), open their sockets on the owner, and get the first question; each answers once, at"
                + " a moment spread evenly over " + Takeover.ANSWER_WINDOW_MS / 1000
                + " s, and the owner is killed with -9 halfway through. A player is"
                + " restored at its `state_restored` on the other pod; one whose answer the restore does not show"
                + " answers again there. Every player's answer must end stored exactly once (rows = distinct players ="
                + " players), or the run fails. The floor: the raw Vert.x server of the other scenarios, the same"
                + " number of sockets opened at once (`fanout`, one event).\n";
        System.out.println(block);
        new BenchmarksFile(Path.of("docs", "BENCHMARKS.md").toAbsolutePath()).write(scenario, label, block);
    }

    /** Issue 23: a fresh process's first joins against its steady state, three launches. */
    private void warmUp(int pg) throws Exception {
        String table = new Warmup(() -> new ServiceProcess(jdbc(pg), "postgresql://localhost:" + pg + "/postgres",
                work, serverJvm("warm-up"))).run();
        if (nativeRunner != null) {
            table = "The JVM build:\n\n" + table + "\nThe native executable (`" + System.getProperty("load.native")
                    + "`):\n\n" + new Warmup(() -> new ServiceProcess(jdbc(pg), "postgresql://localhost:" + pg
                            + "/postgres", work, serverJvm("warm-up-native"))
                            .runningExecutable(nativeRunner, nativeOptionList())).run();
        }
        String block = header("-Dscenario=warm-up" + nativeFlags()) + table
                + "\nEach launch: the packaged JVM build started afresh; once `/q/health/ready` answers, a host registers"
                + " and creates an event (each timed alone), then " + Warmup.MEASURED + " players join over REST, "
                + Warmup.AT_ONCE + " at a time (the first joins), then " + Warmup.WARMING + " more (not measured),"
                + " then " + Warmup.MEASURED + " again, " + Warmup.AT_ONCE + " at a time, on fresh connections (the"
                + " steady state). A join's time: sent to answered, at the bench.\n";
        System.out.println(block);
        new BenchmarksFile(Path.of("docs", "BENCHMARKS.md").toAbsolutePath()).write(scenario, label, block);
    }

    /** Issue 11, item 8: the figures go to docs/RELIABILITY.md, the plot to docs/soak.svg; a failed check fails. */
    private void soak(int pg) throws Exception {
        long minutes = Long.getLong("soak.minutes", 30);
        LoadOptions game = LoadOptions.parse(args("--scenario", "soak"));
        ServiceProcess service = new ServiceProcess(jdbc(pg), "postgresql://localhost:" + pg + "/postgres", work,
                serverJvm("quizcast"));
        Soak.Result result;
        try {
            service.start();
            warmUp(service.base(), service.pid());
            result = new Soak(service, pg, Duration.ofMinutes(minutes), game).run();
        } finally {
            service.stop();
        }
        SoakReport report = new SoakReport(result);
        Files.writeString(work.resolve("soak.csv"), report.csv());
        Files.writeString(Path.of("docs", "soak.svg").toAbsolutePath(), report.svg());
        String block = report.markdown(header("-Dscenario=soak -Dsoak.minutes=" + minutes));
        System.out.println(block);
        new BenchmarksFile(Path.of("docs", "RELIABILITY.md").toAbsolutePath()).write(scenario, label, block);
        assertThat(result.failedChecks()).as("the soak's checks").isEmpty();
    }

    private String block(LoadOptions o, Report quizcast, Report floor, long stored, double pgPool, double pgOne) {
        Map<String, Double> q = quizcast.headline();
        Map<String, Double> f = floor.headline();
        StringBuilder b = new StringBuilder(header("-Dscenario=" + scenario + argsFlag()));
        b.append(String.format(Locale.ROOT, "%d event(s) × %d players (%d sockets), %d questions, answer share %.2f"
                + " within %d ms, %.0f%% with accounts.%n%n", o.events(), o.players(), o.sockets(), o.questions(),
                o.answerShare(), o.answerWindowMs(), o.accountShare() * 100));
        b.append("| metric | quizcast | floor | ratio | goal (issue 10) |\n|---|---|---|---|---|\n");
        for (Goal g : Goal.of(scenario)) {
            double qv = q.getOrDefault(g.metric(), Double.NaN);
            double fv = f.getOrDefault(g.metric(), Double.NaN);
            String ratio = fv > 0 && !Double.isNaN(qv) ? String.format(Locale.ROOT, "%.2f", qv / fv) : "–";
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", g.label(), num(qv), num(fv), ratio,
                    g.goal()));
        }
        if (!Double.isNaN(pgPool)) {
            double acks = q.getOrDefault("acks_per_s", Double.NaN);
            b.append(String.format(Locale.ROOT, "| pgbench one-row insert tx/s, %d clients | %s | %.0f | %.2f |"
                    + " quizcast acks/s ≥ 1.0× |%n", POOL_SIZE, num(acks), pgPool, acks / pgPool));
            b.append(String.format(Locale.ROOT, "| pgbench one-row insert tx/s, 1 client | %s | %.0f | %.2f | |%n",
                    num(acks), pgOne, acks / pgOne));
            b.append(String.format(Locale.ROOT, "| answer rows stored during the run | %d | | | = acks (%s) |%n",
                    stored, num(q.getOrDefault("answers_acked", Double.NaN))));
        }
        b.append(String.format(Locale.ROOT, "%nquizcast: error frames %s, server closes %s, lost %s, duplicated %s;"
                + " CPU s (server/tool) per phase: %s. Floor: %s.%n", num(q.get("error_frames")),
                num(q.get("server_closes")), num(q.get("lost_frames")), num(q.get("duplicated_frames")),
                cpu(q), cpu(f)));
        b.append("Per phase and per question: `target/load/" + scenario + "-" + label + ".md`.\n");
        return b.toString();
    }

    private static String cpu(Map<String, Double> h) {
        List<String> parts = new ArrayList<>();
        for (String phase : List.of("create", "accounts", "join", "connect", "hold", "play")) {
            if (h.containsKey("server_cpu_s_" + phase)) {
                parts.add(String.format(Locale.ROOT, "%s %.1f/%.1f", phase, h.get("server_cpu_s_" + phase),
                        h.get("tool_cpu_s_" + phase)));
            }
        }
        return String.join(", ", parts);
    }

    private String header(String command) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() >> 20;
        return String.format(Locale.ROOT, "### %s (%s, commit %s)%n%n%s; %d cores, %d MiB, Java %s; server heap %s;"
                + " PostgreSQL 15 (embedded) on the same machine, shared by server, tool and database.%n"
                + "Command: `./mvnw verify -Pload %s -Dload.label=%s`%n%n", label, LocalDate.now(), commit(),
                os.getArch(),
                os.getAvailableProcessors(), memory, System.getProperty("java.version"), String.join(" ", HEAP),
                command, label);
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (java.io.IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private List<String> serverJvm(String name) {
        List<String> jvm = new ArrayList<>(HEAP);
        if (jfr) {
            jvm.add("-XX:StartFlightRecording=filename=" + work.resolve(scenario + "-" + name + ".jfr")
                    + ",settings=profile,dumponexit=true");
        }
        return jvm;
    }

    private String[] args(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        if (!extraArgs.isBlank()) {
            all.addAll(Arrays.asList(extraArgs.trim().split("\\s+")));
        }
        return all.toArray(String[]::new);
    }

    private static String jdbc(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    private static long answerRows(int port) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc(port), "postgres", "postgres");
                ResultSet r = c.createStatement().executeQuery(
                        "SELECT count(*) FROM answers WHERE selected_answer IS NOT NULL")) {
            r.next();
            return r.getLong(1);
        }
    }

    static String num(Double v) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
