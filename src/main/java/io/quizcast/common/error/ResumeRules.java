package io.quizcast.common.error;

import java.time.Duration;
import java.time.Instant;

/** The resume rules events and segments share: a 2-second debounce (429), then only an ended one (400). */
public final class ResumeRules {

    static final Duration DEBOUNCE = Duration.ofSeconds(2);

    private ResumeRules() {
    }

    public static void check(Instant lastResumedAt, Instant now, boolean resumable, String whatCanBeResumed) {
        if (lastResumedAt != null && lastResumedAt.plus(DEBOUNCE).isAfter(now)) {
            throw new ApiException(429, "resume_too_soon", "Resume was requested moments ago; wait a moment");
        }
        if (!resumable) {
            throw ApiException.badRequest("not_resumable", "Only " + whatCanBeResumed + " can be resumed");
        }
    }
}
