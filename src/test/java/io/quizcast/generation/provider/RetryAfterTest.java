package io.quizcast.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How long a provider asks us to wait: retry-after-ms first, then Retry-After as seconds or as an HTTP-date. */
class RetryAfterTest {

    // Wed, 21 Oct 2015 07:28:00 GMT, the HTTP-date of RFC 9110's example
    static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void secondsAreRead() {
        assertThat(RetryAfter.parse(null, "1", NOW)).contains(Duration.ofSeconds(1));
        assertThat(RetryAfter.parse(null, " 120 ", NOW)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(null, "0", NOW)).contains(Duration.ZERO);
    }

    @Test
    void fractionalSecondsAreRead() {
        assertThat(RetryAfter.parse(null, "1.5", NOW)).contains(Duration.ofMillis(1500));
    }

    @Test
    void millisecondsComeFirst() {
        assertThat(RetryAfter.parse("250", "3", NOW)).contains(Duration.ofMillis(250));
        assertThat(RetryAfter.parse("20.5", null, NOW)).contains(Duration.ofNanos(20_500_000));
    }

    @Test
    void garbageMillisecondsFallBackToRetryAfter() {
        assertThat(RetryAfter.parse("soon", "3", NOW)).contains(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse("-5", "3", NOW)).contains(Duration.ofSeconds(3));
    }

    @Test
    void anHttpDateIsReadRelativeToNow() {
        assertThat(RetryAfter.parse(null, "Wed, 21 Oct 2015 07:28:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(null, "Wed, 21 Oct 2015 07:28:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void anHttpDateInThePastIsNoWait() {
        assertThat(RetryAfter.parse(null, "Wed, 21 Oct 2015 07:27:59 GMT", NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-1", "-0.5", "soon", "1s", "NaN", "Infinity", "0x10", "99999999999999999999",
            "Wed, 32 Oct 2015 07:28:00 GMT", "2015-10-21T07:28:30Z"})
    void garbageOrNegativeIsEmpty(String value) {
        assertThat(RetryAfter.parse(null, value, NOW)).as("Retry-After: %s", value).isEmpty();
        assertThat(RetryAfter.parse(value, null, NOW)).as("retry-after-ms: %s", value).isEmpty();
    }

    @Test
    void noHeaderIsEmpty() {
        assertThat(RetryAfter.parse(null, null, NOW)).isEmpty();
    }
}
