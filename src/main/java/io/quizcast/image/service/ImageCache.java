package io.quizcast.image.service;

import io.quizcast.image.repository.ImageStore;
import io.smallrye.mutiny.Uni;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The images served lately, in memory up to a number of bytes (the least recently served go first), so a room of
 * phones opening the same question reads the image from the database once: the requests that arrive while it is
 * read wait for that one read.
 */
final class ImageCache {

    private final long maxBytes;
    private final Map<UUID, ImageStore.Stored> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final ConcurrentHashMap<UUID, Uni<ImageStore.Stored>> loading = new ConcurrentHashMap<>();
    private long bytes;

    ImageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Uni<ImageStore.Stored> get(UUID id, Function<UUID, Uni<ImageStore.Stored>> load) {
        synchronized (kept) {
            ImageStore.Stored hit = kept.get(id);
            if (hit != null) {
                return Uni.createFrom().item(hit);
            }
        }
        return loading.computeIfAbsent(id, key -> load.apply(key)
                .invoke(this::keep)
                // a statement, not an expression: eventually(Supplier<Uni>) would wait for the removed Uni, itself
                .eventually(() -> {
                    loading.remove(key);
                })
                .memoize().indefinitely());
    }

    private void keep(ImageStore.Stored image) {
        if (image == null || image.data().length > maxBytes) {
            return;
        }
        synchronized (kept) {
            if (kept.put(image.id(), image) == null) {
                bytes += image.data().length;
            }
            Iterator<ImageStore.Stored> oldest = kept.values().iterator();
            while (bytes > maxBytes && oldest.hasNext()) {
                bytes -= oldest.next().data().length;
                oldest.remove();
            }
        }
    }
}
