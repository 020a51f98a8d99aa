package io.quizcast.account;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of PUT /api/auth/profile; absent fields stay as they are. */
@RegisterForReflection // deserialised by Jackson in the native image
public record ProfileUpdate(
        @Size(min = 3, max = 50, message = "must be 3 to 50 characters") @Pattern(regexp = "^\\S+$", message = "must not contain spaces") String username,
        @Size(max = 50, message = "must be at most 50 characters") String displayName,
        @Size(max = 2048, message = "must be at most 2048 characters") String avatarUrl,
        @Size(max = 20, message = "must be at most 20 characters") String avatarType) {
}
