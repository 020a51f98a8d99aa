package io.quizcast.common.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** One format for every time the service writes: ISO-8601 in UTC with milliseconds. */
public final class Times {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String iso(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }

    /** Now, at the precision PostgreSQL stores (microseconds), so a value read back equals the one written. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
