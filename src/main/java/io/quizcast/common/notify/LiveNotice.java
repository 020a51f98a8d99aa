package io.quizcast.common.notify;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/**
 * Something a REST route changed that the live game must tell the event's sockets about. Sent through PostgreSQL
 * NOTIFY in the change's own transaction (so every process hears it, and only once it committed), then fired as a
 * CDI event in each process; the process that runs the event's room broadcasts it ({@link LiveNotices}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = LiveNotice.RecordingStopped.class, name = "recording_stopped"),
        @JsonSubTypes.Type(value = LiveNotice.ParticipantRenamed.class, name = "participant_renamed"),
        @JsonSubTypes.Type(value = LiveNotice.JoinLockChanged.class, name = "join_lock_changed"),
        @JsonSubTypes.Type(value = LiveNotice.EventDeleted.class, name = "event_deleted"),
        @JsonSubTypes.Type(value = LiveNotice.ParticipantRemoved.class, name = "participant_removed")})
@RegisterForReflection
public sealed interface LiveNotice {

    UUID eventId();

    /** recording/stop: the segment's quiz is ready, or it has no questions. */
    @RegisterForReflection
    record RecordingStopped(UUID eventId, UUID segmentId, String segmentTitle, String presenterName,
            long questionsCount) implements LiveNotice {
    }

    /** A participant was renamed. */
    @RegisterForReflection
    record ParticipantRenamed(UUID eventId, UUID clientId, String oldName, String newName) implements LiveNotice {
    }

    /** Joining was locked or unlocked. */
    @RegisterForReflection
    record JoinLockChanged(UUID eventId, boolean joinLocked, Instant lockedAt, String message) implements LiveNotice {
    }

    /** The organiser removed a participant (kick). */
    @RegisterForReflection
    record ParticipantRemoved(UUID eventId, UUID participantId, UUID clientId, String displayName)
            implements
                LiveNotice {
    }

    /** The event was deleted: its sockets have nothing left to play. */
    @RegisterForReflection
    record EventDeleted(UUID eventId) implements LiveNotice {
    }
}
