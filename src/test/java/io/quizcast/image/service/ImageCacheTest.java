package io.quizcast.image.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.image.repository.ImageStore;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The image cache: one read for many requests, none kept past its bytes, a missing image not cached. */
class ImageCacheTest {

    private static ImageStore.Stored image(UUID id, int bytes) {
        return new ImageStore.Stored(id, UUID.randomUUID(), "image/png", 1, 1, "x", new byte[bytes]);
    }

    @Test
    void aMissingImageIsNullAndReadAgainNextTime() {
        ImageCache cache = new ImageCache(100);
        AtomicInteger reads = new AtomicInteger();
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            assertThat(cache.get(id, key -> {
                reads.incrementAndGet();
                return Uni.createFrom().nullItem();
            }).await().atMost(Duration.ofSeconds(2))).isNull();
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void aServedImageIsKeptWithinTheBytesAndTheOldestGoesFirst() {
        ImageCache cache = new ImageCache(100);
        AtomicInteger reads = new AtomicInteger();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        java.util.function.Function<UUID, Uni<ImageStore.Stored>> load = key -> {
            reads.incrementAndGet();
            return Uni.createFrom().item(image(key, 60));
        };
        cache.get(a, load).await().atMost(Duration.ofSeconds(2));
        cache.get(a, load).await().atMost(Duration.ofSeconds(2));
        assertThat(reads).as("read once").hasValue(1);
        cache.get(b, load).await().atMost(Duration.ofSeconds(2));
        cache.get(a, load).await().atMost(Duration.ofSeconds(2));
        assertThat(reads).as("a went to make room for b").hasValue(3);
    }
}
