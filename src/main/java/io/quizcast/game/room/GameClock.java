package io.quizcast.game.room;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The live game's clock: when a question opened, how long an answer took, what a pause kept, and when the game's own
 * moves (reading time, auto-reveal, auto-advance) are due. One bean, so that tests move time instead of waiting for
 * it; the service runs on the system clock in UTC, its moves on Vert.x timers.
 */
@ApplicationScoped
public class GameClock {

    // how often a clock moved by hand (tests) is looked at for moves that fell due
    private static final long HAND_CLOCK_CHECK_MS = 20;

    private final Vertx vertx;
    private volatile Clock clock = Clock.systemUTC();
    private volatile boolean byHand;
    // moves due on a clock moved by hand, checked every HAND_CLOCK_CHECK_MS while there are any
    private final List<Timer> handTimers = new ArrayList<>();
    private long handCheck = -1;

    GameClock(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Now, at the precision PostgreSQL stores (microseconds). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Replaces the time source (tests: a clock they advance by hand); moves planned on the clock it replaces are
     * dropped (they belong to that clock's time).
     */
    public void use(Clock source) {
        synchronized (handTimers) {
            handTimers.forEach(Timer::cancel);
        }
        this.clock = source;
        this.byHand = !source.equals(Clock.systemUTC());
    }

    /** A move planned on the clock; cancelling one that ran or was cancelled does nothing. */
    public interface Timer {

        void cancel();
    }

    /** Runs {@code task} (on an event loop) once the clock reaches {@code at}. */
    public Timer at(Instant at, Runnable task) {
        if (byHand) {
            return byHand(at, task);
        }
        long delay = Math.max(1, Duration.between(now(), at).toMillis());
        long id = vertx.setTimer(delay, ignored -> task.run());
        return () -> vertx.cancelTimer(id);
    }

    private Timer byHand(Instant at, Runnable task) {
        HandTimer timer = new HandTimer(at, task);
        synchronized (handTimers) {
            handTimers.add(timer);
            if (handCheck < 0) {
                handCheck = vertx.setPeriodic(HAND_CLOCK_CHECK_MS, ignored -> runDue());
            }
        }
        return timer;
    }

    private void runDue() {
        List<HandTimer> due = new ArrayList<>();
        Instant now = now();
        synchronized (handTimers) {
            handTimers.removeIf(t -> {
                HandTimer h = (HandTimer) t;
                if (h.cancelled || !h.at.isAfter(now)) {
                    if (!h.cancelled) {
                        due.add(h);
                    }
                    return true;
                }
                return false;
            });
            if (handTimers.isEmpty() && handCheck >= 0) {
                vertx.cancelTimer(handCheck);
                handCheck = -1;
            }
        }
        due.forEach(h -> h.task.run());
    }

    /** A move on a clock moved by hand. */
    private static final class HandTimer implements Timer {

        final Instant at;
        final Runnable task;
        volatile boolean cancelled;

        HandTimer(Instant at, Runnable task) {
            this.at = at;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
