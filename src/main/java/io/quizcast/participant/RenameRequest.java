package io.quizcast.participant;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of PATCH .../participants/{id}/name. */
@RegisterForReflection // deserialised by Jackson in the native image
public record RenameRequest(
        @JsonAlias("displayName") @NotBlank(message = "is required") @Size(max = 50, message = "must be 1 to 50 characters") String displayName) {
}
