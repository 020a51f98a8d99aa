package io.quizcast.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a run measured, as headline figures (for ratios to a floor) and as per-phase and per-question tables. */
public final class Report {

    private final LoadOptions options;
    private final RunStats stats;

    Report(LoadOptions options, RunStats stats) {
        this.options = options;
        this.stats = stats;
    }

    public RunStats stats() {
        return stats;
    }

    /** Frames that should have arrived and did not, or arrived twice, and sockets closed by the server. */
    public int lostFrames() {
        int lost = 0;
        for (QuestionStats q : stats.questions()) {
            lost += q.questionMissing.get() + q.revealMissing.get() + q.leaderboardMissing.get()
                    + q.scoresUpdateMissing.get();
        }
        return lost;
    }

    public int duplicatedFrames() {
        return stats.questions().stream().mapToInt(q -> q.duplicates.get()).sum();
    }

    /** True when everything that was asked for happened: every join, socket, frame and answer. */
    public boolean clean() {
        int unresolved = stats.questions().stream().mapToInt(q -> q.answersUnresolved.get()).sum();
        return stats.joinFailures.isEmpty() && stats.connectFailures.get() == 0 && lostFrames() == 0
                && duplicatedFrames() == 0 && stats.closes.isEmpty() && unresolved == 0 && stats.errors.isEmpty()
                && stats.failures().isEmpty();
    }

    /** The headline figures, by name (milliseconds, per second, counts, KiB). */
    public Map<String, Double> headline() {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("join_per_s", stats.joinSeconds > 0 ? stats.joins / stats.joinSeconds : Double.NaN);
        h.put("join_p50_ms", stats.join.percentileMs(0.5));
        h.put("join_p99_ms", stats.join.percentileMs(0.99));
        h.put("connect_per_s", stats.connectSeconds > 0 ? stats.connect.count() / stats.connectSeconds : Double.NaN);
        h.put("connect_p50_ms", stats.connect.percentileMs(0.5));
        h.put("connect_p99_ms", stats.connect.percentileMs(0.99));
        List<QuestionStats> qs = stats.questions();
        if (!qs.isEmpty()) {
            Latencies delivery = new Latencies();
            Latencies afterCommand = new Latencies();
            Latencies reveal = new Latencies();
            Latencies leaderboard = new Latencies();
            Latencies ack = new Latencies();
            List<Double> perSecond = new ArrayList<>();
            List<Double> revealP99 = new ArrayList<>();
            List<Double> ackRate = new ArrayList<>();
            double spread = 0;
            for (QuestionStats q : qs) {
                delivery.addAll(q.delivery);
                afterCommand.addAll(q.afterCommand);
                reveal.addAll(q.reveal);
                leaderboard.addAll(q.leaderboard);
                ack.addAll(q.ack);
                perSecond.add(q.deliveriesPerSecond());
                revealP99.add(q.reveal.percentileMs(0.99));
                if (q.answersAcked.get() > 0) {
                    ackRate.add(q.acksPerSecond());
                }
                spread = Math.max(spread, q.spread.maxMs());
            }
            h.put("delivery_p50_ms", delivery.percentileMs(0.5));
            h.put("delivery_p95_ms", delivery.percentileMs(0.95));
            h.put("delivery_p99_ms", delivery.percentileMs(0.99));
            h.put("delivery_max_ms", delivery.maxMs());
            h.put("delivery_spread_max_ms", spread);
            h.put("question_after_command_p50_ms", afterCommand.percentileMs(0.5));
            h.put("question_after_command_p99_ms", afterCommand.percentileMs(0.99));
            h.put("deliveries_per_s", median(perSecond));
            h.put("reveal_p50_ms", reveal.percentileMs(0.5));
            h.put("reveal_p99_ms", reveal.percentileMs(0.99));
            h.put("reveal_worst_question_over_median", max(revealP99) / median(revealP99));
            h.put("leaderboard_p50_ms", leaderboard.percentileMs(0.5));
            h.put("leaderboard_p99_ms", leaderboard.percentileMs(0.99));
            if (ack.count() > 0) {
                h.put("ack_p50_ms", ack.percentileMs(0.5));
                h.put("ack_p99_ms", ack.percentileMs(0.99));
                h.put("ack_max_ms", ack.maxMs());
                h.put("acks_per_s", median(ackRate));
            }
            h.put("answers_sent", (double) qs.stream().mapToInt(q -> q.answersSent.get()).sum());
            h.put("answers_acked", (double) qs.stream().mapToInt(q -> q.answersAcked.get()).sum());
            h.put("answers_rejected", (double) qs.stream().mapToInt(QuestionStats::rejectedTotal).sum());
        }
        if (stats.idleRssBeforeKiB > 0 && stats.idleRssAfterKiB > 0 && stats.sockets > 0) {
            h.put("rss_growth_per_socket_kib",
                    (stats.idleRssAfterKiB - stats.idleRssBeforeKiB) / (double) stats.sockets);
        }
        h.put("lost_frames", (double) lostFrames());
        h.put("duplicated_frames", (double) duplicatedFrames());
        h.put("error_frames", (double) stats.errors.values().stream().mapToInt(a -> a.get()).sum());
        h.put("server_closes", (double) stats.closes.values().stream().mapToInt(a -> a.get()).sum());
        for (PhaseMeter.Cost c : stats.phases) {
            h.put("server_cpu_s_" + c.phase(), c.serverCpuSeconds());
            h.put("tool_cpu_s_" + c.phase(), c.toolCpuSeconds());
        }
        return h;
    }

    /** The whole report in Markdown: settings, phases, questions, errors, failures. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Scenario `").append(options.scenario().id()).append("`: ").append(options.events())
                .append(" event(s) x ").append(options.players()).append(" players, ").append(options.questions())
                .append(" questions, answer share ").append(options.answerShare()).append(" within ")
                .append(options.answerWindowMs()).append(" ms, accounts ").append(options.accountShare())
                .append(", target ").append(options.target()).append("\n\n");
        md.append("| phase | seconds | server CPU s | tool CPU s | server RSS MiB | server peak RSS MiB |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (PhaseMeter.Cost c : stats.phases) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s | %s |%n", c.phase(), c.seconds(),
                    c.serverCpuSeconds(), c.toolCpuSeconds(), mib(c.serverRssKiB()), mib(c.serverPeakRssKiB())));
        }
        md.append(String.format(Locale.ROOT, "%njoins: %d in %.1f s (%.0f/s), p50 %.1f ms, p99 %.1f ms, failures %s%n",
                stats.joins, stats.joinSeconds, headline().get("join_per_s"), stats.join.percentileMs(0.5),
                stats.join.percentileMs(0.99), RunStats.counts(stats.joinFailures)));
        md.append(String.format(Locale.ROOT,
                "sockets: %d connected in %.1f s (%.0f/s), open to connected p50 %.1f ms, p99 %.1f ms, failures %d%n%n",
                stats.connect.count(), stats.connectSeconds, headline().get("connect_per_s"),
                stats.connect.percentileMs(0.5), stats.connect.percentileMs(0.99), stats.connectFailures.get()));
        if (stats.slowReaders > 0) {
            md.append(String.format(Locale.ROOT, "slow readers: %d of the players joined and then stopped reading"
                    + " (4 KiB receive buffer); not among the figures%n%n", stats.slowReaders));
        }
        List<QuestionStats> qs = stats.questions();
        if (!qs.isEmpty()) {
            md.append(
                    "| q | delivery p50/p95/p99/max ms | after command p50/p99 ms | spread ms | deliveries/s | reveal p50/p99 ms"
                            + " | leaderboard p50/p99 ms | ack p50/p99 ms | acks/s | sent/acked/rejected | lost | dup |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (QuestionStats q : qs) {
                md.append(String.format(Locale.ROOT,
                        "| %d | %.0f / %.0f / %.0f / %.0f | %.0f / %.0f | %.0f | %.0f | %.0f / %.0f | %.0f / %.0f | %.0f / %.0f | %.0f"
                                + " | %d / %d / %d %s | %d | %d |%n",
                        q.slot + 1, q.delivery.percentileMs(0.5), q.delivery.percentileMs(0.95),
                        q.delivery.percentileMs(0.99), q.delivery.maxMs(), q.afterCommand.percentileMs(0.5),
                        q.afterCommand.percentileMs(0.99), q.spread.maxMs(), q.deliveriesPerSecond(),
                        q.reveal.percentileMs(0.5), q.reveal.percentileMs(0.99), q.leaderboard.percentileMs(0.5),
                        q.leaderboard.percentileMs(0.99), q.ack.percentileMs(0.5), q.ack.percentileMs(0.99),
                        q.acksPerSecond(), q.answersSent.get(), q.answersAcked.get(), q.rejectedTotal(),
                        q.rejected.isEmpty() ? "" : RunStats.counts(q.rejected).toString(),
                        q.questionMissing.get() + q.revealMissing.get() + q.leaderboardMissing.get()
                                + q.scoresUpdateMissing.get(),
                        q.duplicates.get()));
            }
        }
        if (stats.idleRssBeforeKiB > 0) {
            md.append(String.format(Locale.ROOT, "%nidle: RSS after GC %s MiB before the sockets, %s MiB after holding"
                    + " them; %.1f KiB per socket%n", mib(stats.idleRssBeforeKiB), mib(stats.idleRssAfterKiB),
                    headline().getOrDefault("rss_growth_per_socket_kib", Double.NaN)));
        }
        md.append(String.format(Locale.ROOT, "%nerror frames: %s; server closes: %s; lost frames: %d; duplicated: %d%n",
                RunStats.counts(stats.errors), RunStats.counts(stats.closes), lostFrames(), duplicatedFrames()));
        List<String> failures = stats.failures();
        if (!failures.isEmpty()) {
            md.append("\nfailures (first ").append(failures.size()).append("):\n");
            failures.stream().limit(20).forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }

    private static String mib(long kib) {
        return kib < 0 ? "-" : String.valueOf(kib / 1024);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
