package io.quizcast.account;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of POST /api/auth/register. */
@RegisterForReflection // deserialised by Jackson in the native image
public record RegisterRequest(
        @NotNull(message = "is required") @Size(min = 3, max = 50, message = "must be 3 to 50 characters") @Pattern(regexp = "^\\S+$", message = "must not contain spaces") String username,
        @NotNull(message = "is required") @Size(min = 6, max = 200, message = "must be at least 6 characters") String password,
        @Size(max = 50, message = "must be at most 50 characters") String displayName,
        @Size(max = 2048, message = "must be at most 2048 characters") String avatarUrl,
        @Size(max = 20, message = "must be at most 20 characters") String avatarType,
        @Size(max = 255, message = "must be at most 255 characters") String email) {
}
