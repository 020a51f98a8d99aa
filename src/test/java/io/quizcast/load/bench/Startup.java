package io.quizcast.load.bench;

import io.quizcast.it.ServiceProcess;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Three launches of one build: launch to readiness (the database check included), and resident memory at readiness
 * and after {@link #IDLE_MS} ms with no request but the probes.
 */
record Startup(long[] readyMs, long[] readyRssMiB, long[] idleRssMiB) {

    static final long IDLE_MS = 5_000;

    static Startup measure(Supplier<ServiceProcess> launch) throws InterruptedException {
        long[] ready = new long[3];
        long[] atReady = new long[3];
        long[] idle = new long[3];
        for (int i = 0; i < 3; i++) {
            ServiceProcess service = launch.get();
            service.start();
            try {
                ready[i] = service.readyAfterMs();
                atReady[i] = service.residentMiB();
                Thread.sleep(IDLE_MS); // the measurement's idle period, not a wait for something to happen
                idle[i] = service.residentMiB();
            } finally {
                service.stop();
            }
        }
        return new Startup(ready, atReady, idle);
    }

    static long median(long[] runs) {
        long[] sorted = runs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * The startup scenario's table: the JVM build, the native executable (if measured, launched with
     * {@code executableOptions}) and the floor.
     */
    static String table(Startup jvm, Startup executable, String executableOptions, long[] floor) {
        long floorReady = median(floor);
        StringBuilder b = new StringBuilder();
        if (executable == null) {
            b.append("| metric | quizcast (JVM) | floor | ratio |\n|---|---|---|---|\n");
            b.append(String.format(Locale.ROOT, "| launch → ready, median of 3 (ms) | %d | %d | %.2f |%n",
                    median(jvm.readyMs), floorReady, median(jvm.readyMs) / (double) floorReady));
            b.append(String.format(Locale.ROOT, "| RSS %d s after ready, median (MiB) | %d | | |%n", IDLE_MS / 1000,
                    median(jvm.idleRssMiB)));
        } else {
            b.append(
                    "| metric | quizcast JVM | quizcast native | floor | JVM ratio | native ratio | goal (issue 19) |\n"
                            + "|---|---|---|---|---|---|---|\n");
            b.append(String.format(Locale.ROOT, "| launch → ready, median of 3 (ms) | %d | %d | %d | %.2f | %.2f |"
                    + " native ≤ 300 ms |%n", median(jvm.readyMs), median(executable.readyMs),
                    floorReady, median(jvm.readyMs) / (double) floorReady,
                    median(executable.readyMs) / (double) floorReady));
            b.append(String.format(Locale.ROOT, "| RSS at ready, median (MiB) | %d | %d | | | | |%n",
                    median(jvm.readyRssMiB), median(executable.readyRssMiB)));
            b.append(String.format(Locale.ROOT, "| RSS %d s after ready, idle, median (MiB) | %d | %d | | | |"
                    + " native ≤ 100 MB |%n", IDLE_MS / 1000, median(jvm.idleRssMiB),
                    median(executable.idleRssMiB)));
        }
        b.append("\nLaunch of the build (`java -Xms512m -Xmx512m -jar target/quarkus-app/quarkus-run.jar`")
                .append(executable == null ? "" : ", or the executable with `" + executableOptions + "`")
                .append(") to `/q/health/ready` 200, which checks the database; runs: JVM ")
                .append(Arrays.toString(jvm.readyMs)).append(" ms")
                .append(executable == null ? "" : ", native " + Arrays.toString(executable.readyMs) + " ms")
                .append("; idle RSS: JVM ").append(Arrays.toString(jvm.idleRssMiB)).append(" MiB")
                .append(executable == null ? "" : ", native " + Arrays.toString(executable.idleRssMiB) + " MiB")
                .append(". Floor: launch of the raw Vert.x floor to listening (").append(Arrays.toString(floor))
                .append(" ms).\n");
        return b.toString();
    }
}
