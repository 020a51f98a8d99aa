package io.quizcast.game.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.game.ws.RateLimiter.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter driven by a hand-moved clock: the README's defaults, 20/s sustained, 40 burst, 20 refusals per 10 s. */
class RateLimiterTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final RateLimiter limiter = new RateLimiter(20, 40, 20, 10 * SECOND, clock::get);

    @Test
    void aSustainedFloodOfAHundredFramesPerSecondIsClosedWithinItsFirstSecond() {
        // the flood the issue saw: 100 frames/s, where the refill lets every fifth frame through
        List<Verdict> verdicts = flood(100, 5 * SECOND);
        int closedAt = verdicts.indexOf(Verdict.CLOSE);
        assertThat(verdicts.subList(0, 40)).containsOnly(Verdict.ACCEPT);
        assertThat(verdicts.subList(40, closedAt)).contains(Verdict.ACCEPT, Verdict.REFUSE);
        assertThat(closedAt).as("frames before the close").isBetween(60, 100);
    }

    @Test
    void aClientAtTheSustainedRateIsNeverRefused() {
        assertThat(flood(20, 60 * SECOND)).containsOnly(Verdict.ACCEPT);
    }

    @Test
    void aBurstIsAcceptedAndTheFollowingRefusalsAloneDoNotClose() {
        assertThat(flood(1_000, 60 * SECOND / 1_000)).hasSize(60).containsOnly(Verdict.ACCEPT, Verdict.REFUSE)
                .filteredOn(v -> v == Verdict.ACCEPT).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aClientSlightlyOverTheRateIsRefusedNowAndThenButNeverClosed() {
        // 21 frames/s: once the burst is spent, about one refusal a second, far fewer than 20 per 10 s
        assertThat(flood(21, 120 * SECOND)).contains(Verdict.REFUSE).doesNotContain(Verdict.CLOSE);
    }

    @Test
    void moreRefusalsThanTheStrikesInsideTheWindowClose() {
        for (int i = 0; i < 40; i++) {
            assertThat(limiter.onFrame()).isEqualTo(Verdict.ACCEPT);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.onFrame()).isEqualTo(Verdict.REFUSE);
        }
        assertThat(limiter.onFrame()).isEqualTo(Verdict.CLOSE);
    }

    /** Frames at a steady rate for a while, until the first close. */
    private List<Verdict> flood(int perSecond, long duration) {
        List<Verdict> verdicts = new ArrayList<>();
        long step = SECOND / perSecond;
        for (long t = 0; t < duration; t += step) {
            Verdict v = limiter.onFrame();
            verdicts.add(v);
            if (v == Verdict.CLOSE) {
                break;
            }
            clock.addAndGet(step);
        }
        return verdicts;
    }
}
