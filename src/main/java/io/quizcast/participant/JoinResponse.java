package io.quizcast.participant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.UUID;

/** What a join answers; camelCase because the client reads these fields so (the contract's one exception). */
@RegisterForReflection // serialised by Jackson in the native image
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record JoinResponse(UUID eventId, UUID participantId, UUID deviceId, String sessionToken, String displayName,
        boolean isRejoining) {
}
