package io.quizcast.game.message;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/** A person in an event as sockets see them; {@code id} and {@code user_id} carry the client identity. */
@RegisterForReflection // serialised by Jackson in the native image
public record ParticipantInfo(UUID id, UUID userId, UUID participantId, String username, String avatarUrl,
        String joinStatus, boolean isLateJoiner, boolean isHost, Instant joinedAt, boolean online) {
}
