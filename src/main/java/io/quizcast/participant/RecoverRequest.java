package io.quizcast.participant;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of POST /api/events/{id or code}/recover-participant. */
@RegisterForReflection // deserialised by Jackson in the native image
public record RecoverRequest(
        @JsonAlias("displayName") @NotBlank(message = "is required") @Size(max = 50, message = "must be 1 to 50 characters") String displayName,
        @JsonAlias("newDeviceFingerprint") @NotBlank(message = "is required") @Size(max = 256, message = "must be at most 256 characters") String newDeviceFingerprint) {
}
