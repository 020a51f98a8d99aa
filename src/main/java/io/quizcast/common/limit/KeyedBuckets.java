package io.quizcast.common.limit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (an address, an account, a join code): each holds up to {@code burst} tokens and gains one
 * every {@code refillNanos}. In memory, per process: a limit is per pod (docs/decisions.md, "Abuse limits"). The map
 * is bounded: past {@code maxKeys}, the buckets that have refilled (they hold nothing a new one would not) are
 * dropped, and if that is not enough, all of them (a limit forgets rather than the process running out of memory).
 */
public final class KeyedBuckets {

    private final int burst;
    private final long refillNanos;
    private final int maxKeys;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public KeyedBuckets(int burst, long refillNanos, int maxKeys, LongSupplier clock) {
        this.burst = Math.max(1, burst);
        this.refillNanos = Math.max(1, refillNanos);
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Takes a token when there is one: 0; else nothing is taken and the nanoseconds until one comes. */
    public long acquire(String key) {
        return bucket(key).take(clock.getAsLong(), true);
    }

    /** The nanoseconds until a token is there (0: one is), taking none. */
    public long wait(String key) {
        Bucket b = buckets.get(key);
        return b == null ? 0 : b.take(clock.getAsLong(), false);
    }

    /** Takes a token if there is one (a failure is counted; one past the limit changes nothing). */
    public void charge(String key) {
        bucket(key).take(clock.getAsLong(), true);
    }

    int size() {
        return buckets.size();
    }

    private Bucket bucket(String key) {
        Bucket b = buckets.get(key);
        if (b != null) {
            return b;
        }
        if (buckets.size() >= maxKeys) {
            long now = clock.getAsLong();
            buckets.values().removeIf(old -> old.full(now));
            if (buckets.size() >= maxKeys) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, clock.getAsLong()));
    }

    /** One key's tokens as nanoseconds of credit (a token is {@code refillNanos}), refilled lazily at each look. */
    private final class Bucket {

        private long credit;
        private long last;

        Bucket(int tokens, long now) {
            this.credit = tokens * refillNanos;
            this.last = now;
        }

        synchronized long take(long now, boolean take) {
            refill(now);
            if (credit >= refillNanos) {
                if (take) {
                    credit -= refillNanos;
                }
                return 0;
            }
            return refillNanos - credit;
        }

        synchronized boolean full(long now) {
            refill(now);
            return credit >= burst * refillNanos;
        }

        private void refill(long now) {
            credit = Math.min(burst * refillNanos, credit + Math.max(0, now - last));
            last = now;
        }
    }
}
