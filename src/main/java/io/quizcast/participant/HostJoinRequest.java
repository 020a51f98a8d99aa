package io.quizcast.participant;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of POST /api/events/{id}/join-as-host. */
@RegisterForReflection // deserialised by Jackson in the native image
public record HostJoinRequest(
        @JsonAlias("displayName") @NotBlank(message = "is required") @Size(max = 50, message = "must be 1 to 50 characters") String displayName,
        @Size(max = 2048, message = "must be at most 2048 characters") String avatarUrl,
        @Size(max = 20, message = "must be at most 20 characters") String avatarType) {
}
