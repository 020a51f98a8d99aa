package io.quizcast.segment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body that updates a segment; absent fields stay as they are. */
@RegisterForReflection // deserialised by Jackson in the native image
public record SegmentUpdate(
        @Size(min = 1, max = 100, message = "must be 1 to 100 characters") String presenterName,
        @Size(max = 255, message = "must be at most 255 characters") String title,
        @Pattern(regexp = SegmentUpdate.STATUSES, message = "is not a segment status") String status,
        @Pattern(regexp = SegmentUpdate.STATUSES, message = "is not a segment status") String previousStatus) {

    static final String STATUSES = "pending|recording|recording_paused|quiz_ready|quizzing|completed";
}
