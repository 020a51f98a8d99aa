package io.quizcast.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run's settings: the scenario's shape and every bound (counts, concurrency, timeouts). Parsed from
 * {@code --name value} arguments; the scenario gives the defaults.
 */
public record LoadOptions(Scenario scenario, URI target, int events, int players, int questions, int megaQuestions,
        double accountShare, double answerShare, long answerWindowMs, int timePerQuestion, long stepTimeoutMs,
        int joinConcurrency, int connectConcurrency, int eventLoops, long serverPid,
        int holdSeconds, int slowReaders, long seed) {

    /** open files are capped at 20,000 per process here: one process never holds more sockets than this */
    public static final int MAX_SOCKETS_PER_PROCESS = 19_000;

    public static LoadOptions parse(String... args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("arguments are --name value pairs; got '" + args[i] + "'");
            }
            a.put(args[i].substring(2), args[++i]);
        }
        Scenario s = Scenario.of(a.getOrDefault("scenario", "smoke"));
        LoadOptions o = new LoadOptions(s, URI.create(a.getOrDefault("target", "http://127.0.0.1:8080")),
                integer(a, "events", s.events), integer(a, "players", s.players), integer(a, "questions", s.questions),
                integer(a, "mega-questions", 0), decimal(a, "account-share", 0.02),
                decimal(a, "answer-share", s.answerShare), longValue(a, "answer-window-ms", s.answerWindowMs),
                integer(a, "time-per-question", 60), longValue(a, "step-timeout-ms", 60_000),
                integer(a, "join-concurrency", 64), integer(a, "connect-concurrency", 256),
                integer(a, "event-loops", Runtime.getRuntime().availableProcessors()),
                longValue(a, "server-pid", 0), integer(a, "hold-seconds", s.holdSeconds),
                integer(a, "slow-readers", 0), longValue(a, "seed", 42));
        a.keySet().removeAll(KNOWN);
        if (!a.isEmpty()) {
            throw new IllegalArgumentException("unknown arguments: " + a.keySet());
        }
        return o.validated();
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.of("scenario", "target", "events", "players",
            "questions", "mega-questions", "account-share", "answer-share", "answer-window-ms", "time-per-question",
            "step-timeout-ms", "join-concurrency", "connect-concurrency", "event-loops",
            "server-pid", "hold-seconds", "slow-readers", "seed");

    public LoadOptions withTarget(URI newTarget, long pid) {
        return new LoadOptions(scenario, newTarget, events, players, questions, megaQuestions, accountShare,
                answerShare, answerWindowMs, timePerQuestion, stepTimeoutMs, joinConcurrency, connectConcurrency,
                eventLoops, pid, holdSeconds, slowReaders, seed).validated();
    }

    LoadOptions validated() {
        if (!loopback(target.getHost())) {
            throw new IllegalArgumentException("the load tool only targets loopback addresses; got " + target);
        }
        if (events < 0 || players < 0 || questions < 0 || events > 10_000 || players > 100_000 || questions > 100
                || megaQuestions > 100) {
            throw new IllegalArgumentException("events, players or questions out of bounds");
        }
        if (sockets() > MAX_SOCKETS_PER_PROCESS) {
            throw new IllegalArgumentException(sockets() + " sockets exceed " + MAX_SOCKETS_PER_PROCESS
                    + " per process (open files are capped at 20,000): split the events over several tool processes");
        }
        if (slowReaders < 0 || slowReaders > players) {
            throw new IllegalArgumentException("slow readers are some of each event's players: 0 to " + players);
        }
        if (answerShare < 0 || answerShare > 1 || accountShare < 0 || accountShare > 1) {
            throw new IllegalArgumentException("shares are between 0 and 1");
        }
        if (stepTimeoutMs < 100 || stepTimeoutMs > 600_000 || holdSeconds < 0 || holdSeconds > 3_600) {
            throw new IllegalArgumentException("timeouts out of bounds");
        }
        return this;
    }

    /** Every socket this run opens: one per player and one host socket per event. */
    public int sockets() {
        return events * (players + 1);
    }

    /** Question slots of a game: the segment's questions, then the mega quiz's. */
    int slots() {
        return Math.max(1, questions + megaQuestions);
    }

    private static boolean loopback(String host) {
        try {
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int integer(Map<String, String> a, String key, int fallback) {
        return a.containsKey(key) ? Integer.parseInt(a.get(key)) : fallback;
    }

    private static long longValue(Map<String, String> a, String key, long fallback) {
        return a.containsKey(key) ? Long.parseLong(a.get(key)) : fallback;
    }

    private static double decimal(Map<String, String> a, String key, double fallback) {
        return a.containsKey(key) ? Double.parseDouble(a.get(key)) : fallback;
    }
}
