package io.quizcast.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quizcast.generation.provider.ProviderFailure.Kind;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which failures are tried again, how often and after how long (short waits, so it runs in milliseconds). */
class RetryPolicyTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration FIRST = Duration.ofMillis(10);

    final RetryPolicy policy = new RetryPolicy(3, FIRST, Duration.ofSeconds(1));

    @Test
    void theBackoffDoublesUpToTheLongestWait() {
        RetryPolicy seconds = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(30));

        assertThat(List.of(seconds.backoff(0), seconds.backoff(1), seconds.backoff(2), seconds.backoff(5),
                seconds.backoff(9))).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(4), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void aRetryableFailureIsTriedAgainUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        String result = policy.run(() -> attempts.incrementAndGet() < 3
                ? Uni.createFrom().failure(ProviderFailure.timeout("chat", Duration.ofSeconds(3)))
                : Uni.createFrom().item("done")).await().atMost(WAIT);

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void afterTheLastRetryTheLastFailureIsTheCallsFailure() {
        AtomicInteger attempts = new AtomicInteger();

        Throwable failure = catchThrowable(() -> policy.run(() -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(ProviderFailure.timeout("chat", Duration.ofSeconds(3)));
        }).await().atMost(WAIT));

        assertThat(failure).isInstanceOfSatisfying(ProviderFailure.class,
                f -> assertThat(f.kind()).isEqualTo(Kind.TIMEOUT));
        assertThat(attempts).as("the first try and three retries").hasValue(4);
    }

    @Test
    void aFinalFailureIsNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();

        Throwable failure = catchThrowable(() -> policy.run(() -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(ProviderFailure.ofStatus("chat", 401, "", Optional.empty()));
        }).await().atMost(WAIT));

        assertThat(failure).isInstanceOf(ProviderFailure.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aBugIsNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();

        Throwable failure = catchThrowable(() -> policy.run(() -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("bug"));
        }).await().atMost(WAIT));

        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void theProvidersWaitIsHonouredWhenLongerThanTheBackoff() {
        List<Long> startedAt = new CopyOnWriteArrayList<>();

        policy.run(() -> {
            startedAt.add(System.nanoTime());
            return startedAt.size() == 1
                    ? Uni.createFrom().failure(ProviderFailure.ofStatus("chat", 429, "",
                            Optional.of(Duration.ofMillis(300))))
                    : Uni.createFrom().item("done");
        }).await().atMost(WAIT);

        assertThat(startedAt).hasSize(2);
        assertThat(Duration.ofNanos(startedAt.get(1) - startedAt.get(0)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aWaitLongerThanTheLongestFailsAtOnceAsRateLimited() {
        AtomicInteger attempts = new AtomicInteger();

        Throwable failure = catchThrowable(() -> policy.run(() -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(ProviderFailure.ofStatus("speech", 503, "",
                    Optional.of(Duration.ofSeconds(2))));
        }).await().atMost(WAIT));

        assertThat(failure).isInstanceOfSatisfying(ProviderFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(f.retryAfter()).contains(Duration.ofSeconds(2));
        });
        assertThat(attempts).hasValue(1);
    }
}
