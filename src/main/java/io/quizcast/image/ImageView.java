package io.quizcast.image;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.UUID;

/** An uploaded image: its id (a question's image_id), where it is served, its type and size. */
@RegisterForReflection // serialised by Jackson in the native image
public record ImageView(UUID id, String url, String contentType, int width, int height, int byteSize) {

    /** Where an image is served, same-origin. */
    public static String urlOf(UUID id) {
        return id == null ? null : "/api/images/" + id;
    }
}
