package io.quizcast.common.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * Something a REST route changed that the live game must tell the event's sockets about. Fired as a CDI
 * event after the change committed; the game's Hub observes it and broadcasts.
 */
public sealed interface LiveNotice {

    UUID eventId();

    /** recording/stop: the segment's quiz is ready, or it has no questions. */
    record RecordingStopped(UUID eventId, UUID segmentId, String segmentTitle, String presenterName,
            long questionsCount) implements LiveNotice {
    }

    /** A participant was renamed. */
    record ParticipantRenamed(UUID eventId, UUID clientId, String oldName, String newName) implements LiveNotice {
    }

    /** Joining was locked or unlocked. */
    record JoinLockChanged(UUID eventId, boolean joinLocked, Instant lockedAt, String message) implements LiveNotice {
    }

    /** The event was deleted: its sockets have nothing left to play. */
    record EventDeleted(UUID eventId) implements LiveNotice {
    }
}
