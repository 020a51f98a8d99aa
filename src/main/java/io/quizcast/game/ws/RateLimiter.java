package io.quizcast.game.ws;

/**
 * A token bucket per connection: {@code rate} frames per second sustained, bursts up to {@code burst}.
 * A frame over the limit is refused; a client that keeps flooding past {@code strikesToClose} refusals
 * in a row is closed. Touched only by its connection's own frames, one at a time.
 */
public final class RateLimiter {

    /** What to do with one frame. */
    public enum Verdict {
        ACCEPT, REFUSE, CLOSE
    }

    private final double ratePerNano;
    private final double burst;
    private final int strikesToClose;
    private double tokens;
    private long last;
    private int strikes;

    public RateLimiter(double perSecond, int burst, int strikesToClose) {
        this.ratePerNano = perSecond / 1_000_000_000d;
        this.burst = burst;
        this.strikesToClose = strikesToClose;
        this.tokens = burst;
        this.last = System.nanoTime();
    }

    public synchronized Verdict onFrame() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * ratePerNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            strikes = 0;
            return Verdict.ACCEPT;
        }
        strikes++;
        return strikes > strikesToClose ? Verdict.CLOSE : Verdict.REFUSE;
    }
}
