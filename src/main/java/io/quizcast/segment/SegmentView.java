package io.quizcast.segment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/** The contract's Segment shape. */
@RegisterForReflection // serialised by Jackson in the native image
public record SegmentView(UUID id, UUID eventId, String presenterName, UUID presenterUserId, String title,
        int orderIndex, String status, Instant recordingStartedAt, Instant recordingEndedAt, Instant quizStartedAt,
        String previousStatus, Instant endedAt, Instant createdAt, long questionCount) {

    public static SegmentView of(Segment s, long questionCount) {
        return new SegmentView(s.id, s.eventId, s.presenterName, s.presenterUserId, s.title, s.orderIndex, s.status,
                s.recordingStartedAt, s.recordingEndedAt, s.quizStartedAt, s.previousStatus, s.endedAt, s.createdAt,
                questionCount);
    }
}
