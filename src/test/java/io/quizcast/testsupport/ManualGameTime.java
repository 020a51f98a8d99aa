package io.quizcast.testsupport;

import io.quizcast.game.room.GameClock;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** For game tests that move the game's time instead of waiting for it: the service runs on {@link #clock}. */
public abstract class ManualGameTime {

    protected final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T12:00:00Z"));

    @Inject
    GameClock gameClock;

    @BeforeEach
    void manualTime() {
        gameClock.use(clock);
    }

    @AfterEach
    void systemTime() {
        gameClock.use(Clock.systemUTC());
    }
}
