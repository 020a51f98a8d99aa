package io.quizcast.segment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body that updates a segment; absent fields stay as they are. {@code order_index} (an addition to the contract's
 * fields) moves the segment to that place in the event's order; the segment that held it takes the moved one's old
 * place.
 */
@RegisterForReflection // deserialised by Jackson in the native image
public record SegmentUpdate(
        @Size(min = 1, max = 100, message = "must be 1 to 100 characters") String presenterName,
        @Size(max = 255, message = "must be at most 255 characters") String title,
        @Pattern(regexp = SegmentUpdate.STATUSES, message = "is not a segment status") String status,
        @Pattern(regexp = SegmentUpdate.STATUSES, message = "is not a segment status") String previousStatus,
        @Schema(description = "Moves the segment to this place in the event's order; the segment that held it takes "
                + "the moved one's old place") @Min(value = 0, message = "must be 0 to 1000000") @Max(value = 1_000_000, message = "must be 0 to 1000000") Integer orderIndex) {

    static final String STATUSES = "pending|recording|recording_paused|quiz_ready|quizzing|completed";
}
