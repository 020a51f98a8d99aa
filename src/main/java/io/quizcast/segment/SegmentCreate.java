package io.quizcast.segment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The body that creates a segment; the presenter defaults to the host. */
@RegisterForReflection // deserialised by Jackson in the native image
public record SegmentCreate(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String presenterName,
        UUID presenterUserId,
        @Size(max = 255, message = "must be at most 255 characters") String title) {
}
