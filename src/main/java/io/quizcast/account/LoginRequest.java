package io.quizcast.account;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;

/** The body of POST /api/auth/login. */
@RegisterForReflection // deserialised by Jackson in the native image
public record LoginRequest(@NotNull(message = "is required") String username,
        @NotNull(message = "is required") String password) {
}
