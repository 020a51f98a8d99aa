package io.quizcast.participant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/**
 * The contract's Participant shape; {@code id} and {@code user_id} carry the client identity; {@code removed}: the
 * organiser removed the participant (issue 20; only the export lists removed participants); {@code is_host}: the
 * event's host (issue 21: the big screen's wall of names leaves it out).
 */
@RegisterForReflection // serialised by Jackson in the native image
public record ParticipantView(UUID id, UUID participantId, UUID userId, UUID eventId, String displayName,
        String avatarUrl, String avatarType, int totalScore, long totalResponseTimeMs, String joinStatus,
        boolean isLateJoiner, Instant joinedAt, boolean online, boolean removed, boolean isHost) {

    public static ParticipantView of(Participant p, boolean online) {
        return new ParticipantView(p.clientId(), p.id, p.clientId(), p.eventId, p.displayName, p.avatarUrl,
                p.avatarType, p.totalScore, p.totalResponseTimeMs, p.joinStatus, p.isLateJoiner, p.joinedAt, online,
                p.removedAt != null, p.isHost);
    }
}
