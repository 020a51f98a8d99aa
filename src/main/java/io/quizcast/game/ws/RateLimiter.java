package io.quizcast.game.ws;

import java.util.function.LongSupplier;

/**
 * A token bucket per connection: {@code rate} frames per second sustained, bursts up to {@code burst}. A frame
 * over the limit is refused; more than {@code strikesToClose} refusals within {@code windowNanos} close the
 * socket, whether or not accepted frames come between them (a steady flood gets some frames through). Touched
 * only by its connection's own frames, one at a time.
 */
public final class RateLimiter {

    /** What to do with one frame. */
    public enum Verdict {
        ACCEPT,
        REFUSE,
        CLOSE
    }

    private final double ratePerNano;
    private final double burst;
    private final long windowNanos;
    private final LongSupplier clock;
    // the times of the last strikesToClose + 1 refusals, oldest at next
    private final long[] refusals;
    private int next;
    private int count;
    private double tokens;
    private long last;

    public RateLimiter(double perSecond, int burst, int strikesToClose, long windowNanos, LongSupplier clock) {
        this.ratePerNano = perSecond / 1_000_000_000d;
        this.burst = burst;
        this.windowNanos = windowNanos;
        this.clock = clock;
        this.refusals = new long[strikesToClose + 1];
        this.tokens = burst;
        this.last = clock.getAsLong();
    }

    public RateLimiter(double perSecond, int burst, int strikesToClose, long windowNanos) {
        this(perSecond, burst, strikesToClose, windowNanos, System::nanoTime);
    }

    public synchronized Verdict onFrame() {
        long now = clock.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) * ratePerNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Verdict.ACCEPT;
        }
        refusals[next] = now;
        next = (next + 1) % refusals.length;
        count = Math.min(count + 1, refusals.length);
        // the ring is full and its oldest refusal (now at next) is inside the window: too many refusals
        boolean tooMany = count == refusals.length && now - refusals[next] < windowNanos;
        return tooMany ? Verdict.CLOSE : Verdict.REFUSE;
    }
}
