package io.quizcast.game.room;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The live game's clock: when a question opened, how long an answer took, what a pause kept. One bean, so that
 * tests move time instead of waiting for it; the service runs on the system clock in UTC.
 */
@ApplicationScoped
public class GameClock {

    private volatile Clock clock = Clock.systemUTC();

    /** Now, at the precision PostgreSQL stores (microseconds). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Replaces the time source (tests: a clock they advance by hand). */
    public void use(Clock source) {
        this.clock = source;
    }
}
