package io.quizcast.image.service;

import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.ErrorCode;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.generation.audio.Hashes;
import io.quizcast.image.ImageFormat;
import io.quizcast.image.ImageView;
import io.quizcast.image.repository.ImageStore;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Question images: who may add them, what is accepted (checked by content), and serving them from a cache. */
@ApplicationScoped
public class ImageService {

    static final String UNSUPPORTED = "unsupported_image";
    static final String TOO_LARGE = "image_too_large";

    private final ImageStore store;
    private final QuizcastConfig.Images limits;
    private final ImageCache cache;

    ImageService(ImageStore store, QuizcastConfig config) {
        this.store = store;
        this.limits = config.images();
        this.cache = new ImageCache(limits.cacheSize().asLongValue());
    }

    /** The host or a presenter of the event adds an image; the same bytes again give the same image. */
    public Uni<ImageView> upload(UUID eventId, UUID callerId, byte[] bytes) {
        return store.access(eventId, callerId).chain(access -> {
            if (access == null) {
                throw ApiException.notFound("Event not found");
            }
            if (!access.allowed()) {
                throw ApiException.forbidden("Only the host or a presenter of the event may add images");
            }
            ImageFormat.Sniffed image = check(bytes);
            if (access.images() >= limits.perEvent()) {
                throw ApiException.conflict("too_many_images",
                        "This event holds " + limits.perEvent() + " images already, the most it may");
            }
            // hashing 2 MB takes milliseconds: off the event loop
            return Uni.createFrom().item(() -> Hashes.sha256(bytes))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .chain(sha -> store.insert(new ImageStore.Stored(UUID.randomUUID(), eventId,
                            image.format().contentType(), image.width(), image.height(), sha, bytes)))
                    .map(id -> new ImageView(id, ImageView.urlOf(id), image.format().contentType(), image.width(),
                            image.height(), bytes.length));
        });
    }

    /** What an upload must be: not too big, one of the four formats by its content, at most the pixels allowed. */
    ImageFormat.Sniffed check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ApiException(422, UNSUPPORTED, "The body must be the image's bytes (PNG, JPEG, WebP or GIF)");
        }
        if (bytes.length > limits.maxSize().asLongValue()) {
            throw new ApiException(413, ErrorCode.PAYLOAD_TOO_LARGE,
                    "The image is " + bytes.length + " bytes; at most " + limits.maxSize().asLongValue());
        }
        ImageFormat.Sniffed image = ImageFormat.sniff(bytes);
        if (image == null) {
            throw new ApiException(422, UNSUPPORTED,
                    "Only PNG, JPEG, WebP and GIF images are accepted (told by their content, not their name)");
        }
        if (Math.max(image.width(), image.height()) > limits.maxPixels()) {
            throw new ApiException(422, TOO_LARGE, "The image is " + image.width() + "×" + image.height()
                    + " px; at most " + limits.maxPixels() + " px on its longer side: scale it down first");
        }
        return image;
    }

    /** An image to serve, from memory when it was served lately. */
    public Uni<ImageStore.Stored> serve(UUID id) {
        return cache.get(id, store::find).onItem().ifNull().failWith(() -> ApiException.notFound("Image not found"));
    }
}
