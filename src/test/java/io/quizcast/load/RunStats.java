package io.quizcast.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Everything one run measured, filled by the events and sockets as they go. */
public final class RunStats {

    private final QuestionStats[] slots;
    final Latencies join = new Latencies();
    final Latencies connect = new Latencies();
    final Map<String, AtomicInteger> joinFailures = new ConcurrentHashMap<>();
    final AtomicInteger connectFailures = new AtomicInteger();
    final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    final Map<Integer, AtomicInteger> closes = new ConcurrentHashMap<>();
    private final List<String> failures = new ArrayList<>();
    final List<PhaseMeter.Cost> phases = new ArrayList<>();
    double joinSeconds;
    double connectSeconds;
    int joins;
    int sockets;
    /** Players that joined and then stopped reading (not among the measured sockets). */
    int slowReaders;
    long idleRssBeforeKiB = -1;
    long idleRssAfterKiB = -1;

    RunStats(int slotCount) {
        slots = new QuestionStats[slotCount];
        for (int i = 0; i < slotCount; i++) {
            slots[i] = new QuestionStats(i);
        }
    }

    QuestionStats slot(int s) {
        return slots[Math.max(0, Math.min(slots.length - 1, s))];
    }

    public List<QuestionStats> questions() {
        List<QuestionStats> played = new ArrayList<>();
        for (QuestionStats q : slots) {
            if (q.delivery.count() > 0 || q.questionMissing.get() > 0) {
                played.add(q);
            }
        }
        return played;
    }

    void errorFrame(String code) {
        errors.computeIfAbsent(code, k -> new AtomicInteger()).incrementAndGet();
    }

    void closed(int code) {
        closes.computeIfAbsent(code, k -> new AtomicInteger()).incrementAndGet();
    }

    synchronized void failure(String what) {
        if (failures.size() < 200) {
            failures.add(what);
        }
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    static <K> Map<K, Integer> counts(Map<K, AtomicInteger> map) {
        Map<K, Integer> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
