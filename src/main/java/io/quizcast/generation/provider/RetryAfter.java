package io.quizcast.generation.provider;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads how long a provider asks us to wait: retry-after-ms, else Retry-After in seconds or as an HTTP-date. */
public final class RetryAfter {

    // far beyond any wait worth honouring; a larger number is treated as garbage rather than overflowing
    private static final BigDecimal YEAR_SECONDS = BigDecimal.valueOf(365L * 24 * 3600);
    private static final BigDecimal YEAR_MILLIS = YEAR_SECONDS.movePointRight(3);

    private RetryAfter() {
    }

    /**
     * The wait asked for, from the two headers' values (either may be null); empty when neither holds a usable,
     * non-negative wait. {@code now} dates an HTTP-date.
     */
    public static Optional<Duration> parse(String retryAfterMs, String retryAfter, Instant now) {
        // OpenAI's own header first, as its clients read it: milliseconds, possibly fractional
        Optional<Duration> millis = number(retryAfterMs, YEAR_MILLIS)
                .map(ms -> Duration.ofNanos(ms.movePointRight(6).longValue()));
        if (millis.isPresent()) {
            return millis;
        }
        Optional<Duration> seconds = number(retryAfter, YEAR_SECONDS)
                .map(s -> Duration.ofNanos(s.movePointRight(9).longValue()));
        if (seconds.isPresent()) {
            return seconds;
        }
        return date(retryAfter).map(at -> Duration.between(now, at)).filter(d -> !d.isNegative());
    }

    private static Optional<BigDecimal> number(String value, BigDecimal max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal n = new BigDecimal(value.trim());
            if (n.signum() < 0 || n.compareTo(max) > 0) {
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
