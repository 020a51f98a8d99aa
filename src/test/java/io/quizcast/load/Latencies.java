package io.quizcast.load;

import java.util.Arrays;

/** A growable list of latencies in microseconds, with the percentiles a report needs; thread-safe. */
public final class Latencies {

    private long[] values = new long[256];
    private int size;

    public synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    public synchronized void addAll(Latencies other) {
        long[] copy = other.snapshot();
        for (long v : copy) {
            add(v);
        }
    }

    public synchronized int count() {
        return size;
    }

    public synchronized long[] snapshot() {
        return Arrays.copyOf(values, size);
    }

    /** The p-th percentile (0..1) in milliseconds, NaN when empty (nearest rank). */
    public double percentileMs(double p) {
        long[] sorted = snapshot();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1000.0;
    }

    public double maxMs() {
        return percentileMs(1.0);
    }

    public double minMs() {
        return percentileMs(0.0);
    }
}
