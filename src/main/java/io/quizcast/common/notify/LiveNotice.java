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
        @JsonSubTypes.Type(value = LiveNotice.ParticipantRemoved.class, name = "participant_removed"),
        @JsonSubTypes.Type(value = LiveNotice.SessionReplaced.class, name = "session_replaced"),
        @JsonSubTypes.Type(value = LiveNotice.QuizGenerating.class, name = "quiz_generating"),
        @JsonSubTypes.Type(value = LiveNotice.JobProgress.class, name = "job_progress"),
        @JsonSubTypes.Type(value = LiveNotice.GenerationEnded.class, name = "generation_ended")})
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

    /** A participant got a fresh session token (a rejoin, a recovery, the host's seat): the old one stops working. */
    @RegisterForReflection
    record SessionReplaced(UUID eventId, UUID participantId) implements LiveNotice {
    }

    /** The event was deleted: its sockets have nothing left to play. */
    @RegisterForReflection
    record EventDeleted(UUID eventId) implements LiveNotice {
    }

    /** A generation job was queued for a segment: its quiz is being prepared. */
    @RegisterForReflection
    record QuizGenerating(UUID eventId, UUID segmentId, String segmentTitle, String presenterName)
            implements
                LiveNotice {
    }

    /** A generation job moved on: for the host and the segment's presenter. */
    @RegisterForReflection
    record JobProgress(UUID eventId, UUID segmentId, UUID jobId, UUID presenterUserId, String status, String stage,
            int progress, String message) implements LiveNotice {
    }

    /** A generation job ended without questions (it failed, or wrote none that passed the checks). */
    @RegisterForReflection
    record GenerationEnded(UUID eventId, UUID segmentId, String segmentTitle, String presenterName, String reason)
            implements
                LiveNotice {
    }
}
