package io.quizcast.generation.provider;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Tries a provider call again on retryable failures: exponential backoff with jitter, or the provider's wait. */
public final class RetryPolicy {

    private static final Logger LOG = Logger.getLogger(RetryPolicy.class);
    // up to a fifth more than the nominal backoff, so callers throttled together do not come back together
    private static final double JITTER = 0.2;

    private final int maxRetries;
    private final Duration firstBackoff;
    private final Duration maxDelay;

    /**
     * @param maxRetries retries after the first attempt
     * @param firstBackoff the wait before the first retry; each further one doubles it
     * @param maxDelay the longest wait; a provider asking for longer fails the call at once as rate_limited
     */
    public RetryPolicy(int maxRetries, Duration firstBackoff, Duration maxDelay) {
        this.maxRetries = maxRetries;
        this.firstBackoff = firstBackoff;
        this.maxDelay = maxDelay;
    }

    /** Runs {@code attempt} (subscribed anew for each try; it fails with {@link ProviderFailure}) until it succeeds. */
    public <T> Uni<T> run(Supplier<Uni<T>> attempt) {
        return run(attempt, 0);
    }

    /** The nominal wait before retry number {@code retry} (0 for the first), jitter apart. */
    public Duration backoff(int retry) {
        return min(firstBackoff.multipliedBy(1L << Math.min(retry, 20)), maxDelay);
    }

    private <T> Uni<T> run(Supplier<Uni<T>> attempt, int retry) {
        return Uni.createFrom().deferred(attempt::get).onFailure(ProviderFailure.class)
                .recoverWithUni(error -> next((ProviderFailure) error, attempt, retry));
    }

    private <T> Uni<T> next(ProviderFailure failure, Supplier<Uni<T>> attempt, int retry) {
        if (!failure.retryable()) {
            return Uni.createFrom().failure(failure);
        }
        Duration asked = failure.retryAfter().orElse(Duration.ZERO);
        if (asked.compareTo(maxDelay) > 0) {
            // the durable job requeues itself for that long rather than holding a worker here
            return Uni.createFrom().failure(failure.asRateLimited());
        }
        if (retry >= maxRetries) {
            return Uni.createFrom().failure(failure);
        }
        Duration jittered = min(jitter(backoff(retry)), maxDelay);
        Duration wait = asked.compareTo(jittered) > 0 ? asked : jittered;
        LOG.infof("%s [%s]: retry %d of %d in %d ms", failure.getMessage(), failure.code(), retry + 1, maxRetries,
                wait.toMillis());
        return Uni.createFrom().voidItem().onItem().delayIt().by(wait)
                .onItem().transformToUni(ignored -> run(attempt, retry + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) > 0 ? b : a;
    }

    private static Duration jitter(Duration nominal) {
        double factor = 1 + ThreadLocalRandom.current().nextDouble(JITTER);
        return Duration.ofNanos((long) (nominal.toNanos() * factor));
    }
}
