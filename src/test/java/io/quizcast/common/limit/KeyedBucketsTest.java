package io.quizcast.common.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets by key, on a clock the test moves. */
class KeyedBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void aBurstThenOneTokenPerRefillAndTheWaitUntilTheNext() {
        KeyedBuckets buckets = new KeyedBuckets(2, 100, 10, now::get);

        assertThat(buckets.acquire("a")).isZero();
        assertThat(buckets.acquire("a")).isZero();
        assertThat(buckets.acquire("a")).isEqualTo(100);
        assertThat(buckets.acquire("b")).as("another key has its own").isZero();
        now.addAndGet(40);
        assertThat(buckets.wait("a")).isEqualTo(60);
        now.addAndGet(60);
        assertThat(buckets.wait("a")).isZero();
        assertThat(buckets.acquire("a")).isZero();
        assertThat(buckets.acquire("a")).isEqualTo(100);
    }

    @Test
    void chargingCountsFailuresAndWaitingTakesNothing() {
        KeyedBuckets buckets = new KeyedBuckets(1, 100, 10, now::get);

        assertThat(buckets.wait("a")).isZero();
        assertThat(buckets.wait("a")).isZero();
        buckets.charge("a");
        buckets.charge("a");
        assertThat(buckets.wait("a")).isEqualTo(100);
    }

    @Test
    void pastItsKeysTheRefilledBucketsAreForgotten() {
        KeyedBuckets buckets = new KeyedBuckets(1, 100, 3, now::get);
        buckets.charge("a");
        buckets.charge("b");
        buckets.charge("c");
        now.addAndGet(100);
        buckets.charge("d");

        assertThat(buckets.size()).isEqualTo(1);
        assertThat(buckets.wait("d")).isEqualTo(100);
    }
}
