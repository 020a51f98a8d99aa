package io.quizcast.load.bench;

import java.util.List;

/** One row of a scenario's table: a headline figure, how it compares with its floor, and the next issue's goal. */
record Goal(String metric, String label, String goal) {

    static List<Goal> of(String scenario) {
        return switch (scenario) {
            case "fanout" -> List.of(
                    new Goal("delivery_p99_ms", "question delivery p99 (ms)", "≤ 1.2× floor"),
                    new Goal("delivery_p50_ms", "question delivery p50 (ms)", ""),
                    new Goal("question_after_command_p99_ms", "host's command → question received, p99 (ms)", ""),
                    new Goal("deliveries_per_s", "deliveries/s (median question)", "≥ 0.9× floor"),
                    new Goal("reveal_p99_ms", "reveal p99 (ms)", "≤ 1.5× floor"),
                    new Goal("reveal_worst_question_over_median", "worst question's reveal p99 / median", "≤ 2"),
                    new Goal("leaderboard_p99_ms", "leaderboard p99 (ms)", "≤ 1.5× floor"),
                    new Goal("join_per_s", "REST joins/s", "≥ 0.5× floor"),
                    new Goal("join_p99_ms", "REST join p99 (ms)", ""),
                    new Goal("connect_per_s", "sockets open → connected /s", "≥ 0.7× floor"),
                    new Goal("connect_p99_ms", "open → connected p99 (ms)", ""),
                    new Goal("server_cpu_s_play", "server CPU s, play phase", ""),
                    new Goal("lost_frames", "frames lost", "0"));
            case "many-events" -> List.of(
                    new Goal("delivery_p99_ms", "question delivery p99 (ms)", "≤ 1.2× floor"),
                    new Goal("delivery_p50_ms", "question delivery p50 (ms)", ""),
                    new Goal("question_after_command_p99_ms", "host's command → question received, p99 (ms)", ""),
                    new Goal("deliveries_per_s", "deliveries/s (median question)", ""),
                    new Goal("reveal_p99_ms", "reveal p99 (ms)", ""),
                    new Goal("leaderboard_p99_ms", "leaderboard p99 (ms)", ""),
                    new Goal("join_per_s", "REST joins/s", ""),
                    new Goal("connect_per_s", "sockets open → connected /s", ""),
                    new Goal("lost_frames", "frames lost", "0"));
            case "answer-burst" -> List.of(
                    new Goal("acks_per_s", "answers acknowledged/s (median question)",
                            "≥ 1.0× pgbench at the pool's concurrency"),
                    new Goal("ack_p50_ms", "answer ack p50 (ms)", ""),
                    new Goal("ack_p99_ms", "answer ack p99 (ms)", "≤ 500 ms"),
                    new Goal("answers_sent", "answers sent", ""),
                    new Goal("answers_acked", "answers acknowledged", "= stored rows"),
                    new Goal("answers_rejected", "answers rejected", ""),
                    new Goal("reveal_p99_ms", "reveal p99 (ms)", ""),
                    new Goal("server_cpu_s_play", "server CPU s, play phase", ""));
            case "whole-game" -> List.of(
                    new Goal("error_frames", "error frames", "0"),
                    new Goal("ack_p50_ms", "answer ack p50 (ms)", ""),
                    new Goal("ack_p99_ms", "answer ack p99 (ms)", "≤ 100 ms"),
                    new Goal("acks_per_s", "answers acknowledged/s (median question)", ""),
                    new Goal("delivery_p99_ms", "question delivery p99 (ms)", ""),
                    new Goal("reveal_p99_ms", "reveal p99 (ms)", ""),
                    new Goal("leaderboard_p99_ms", "leaderboard p99 (ms)", ""),
                    new Goal("lost_frames", "frames lost", "0"));
            case "idle-memory" -> List.of(
                    new Goal("rss_growth_per_socket_kib", "RSS growth per socket after a full GC (KiB)", "≤ 12 KB"),
                    new Goal("connect_per_s", "sockets open → connected /s", ""));
            default -> List.of();
        };
    }
}
