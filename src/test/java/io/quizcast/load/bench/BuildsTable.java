package io.quizcast.load.bench;

import io.quizcast.load.LoadOptions;
import io.quizcast.load.Report;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A scenario's block with the JVM build and the native executable side by side, each as a ratio to the floor. */
final class BuildsTable {

    private BuildsTable() {
    }

    static String block(String header, LoadOptions o, String scenario, Measured jvm, Measured executable,
            Report floor, double pgPool) {
        Map<String, Double> j = jvm.report().headline();
        Map<String, Double> n = executable.report().headline();
        Map<String, Double> f = floor.headline();
        StringBuilder b = new StringBuilder(header);
        b.append(String.format(Locale.ROOT, "%d event(s) × %d players (%d sockets), %d questions, answer share %.2f"
                + " within %d ms, %.0f%% with accounts. The JVM build, the native executable and the floor run one"
                + " after the other, each warmed up by the same small game first.%n%n", o.events(), o.players(),
                o.sockets(), o.questions(), o.answerShare(), o.answerWindowMs(), o.accountShare() * 100));
        b.append("| metric | JVM | native | floor | JVM ratio | native ratio | native / JVM |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Goal g : Goal.of(scenario)) {
            row(b, g.label(), j.getOrDefault(g.metric(), Double.NaN), n.getOrDefault(g.metric(), Double.NaN),
                    f.getOrDefault(g.metric(), Double.NaN));
        }
        for (String phase : List.of("join", "connect")) {
            String key = "server_cpu_s_" + phase;
            if (j.containsKey(key)) {
                row(b, "server CPU s, " + phase + " phase", j.get(key), n.getOrDefault(key, Double.NaN),
                        f.getOrDefault(key, Double.NaN));
            }
        }
        if (!Double.isNaN(pgPool)) {
            row(b, "answers acknowledged/s vs pgbench one-row insert tx/s at the pool's concurrency",
                    j.getOrDefault("acks_per_s", Double.NaN), n.getOrDefault("acks_per_s", Double.NaN), pgPool);
            b.append(String.format(Locale.ROOT, "| answer rows stored during the run (= acks) | %d (%s) | %d (%s) |"
                    + " | | | |%n", jvm.storedAnswers(), LoadBench.num(j.get("answers_acked")),
                    executable.storedAnswers(), LoadBench.num(n.get("answers_acked"))));
        }
        b.append(String.format(Locale.ROOT, "%nErrors, closes, lost and duplicated frames: JVM %s/%s/%s/%s, native"
                + " %s/%s/%s/%s. Per phase and per question: `target/load/%s-<label>.md`.%n",
                LoadBench.num(j.get("error_frames")), LoadBench.num(j.get("server_closes")),
                LoadBench.num(j.get("lost_frames")), LoadBench.num(j.get("duplicated_frames")),
                LoadBench.num(n.get("error_frames")), LoadBench.num(n.get("server_closes")),
                LoadBench.num(n.get("lost_frames")), LoadBench.num(n.get("duplicated_frames")), scenario));
        return b.toString();
    }

    private static void row(StringBuilder b, String label, double jvm, double executable, double floor) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", label, LoadBench.num(jvm),
                LoadBench.num(executable), LoadBench.num(floor), ratio(jvm, floor), ratio(executable, floor),
                ratio(executable, jvm)));
    }

    private static String ratio(double a, double b) {
        return b > 0 && !Double.isNaN(a) && !Double.isNaN(b) ? String.format(Locale.ROOT, "%.2f", a / b) : "–";
    }
}
