package io.quizcast.account;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/** The contract's User shape; never carries the password hash. */
@RegisterForReflection // serialised by Jackson in the native image
public record UserView(UUID id, String username, String displayName, String email, String role, String avatarUrl,
        String avatarType, Instant createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id, user.username, user.displayName, user.email, user.role, user.avatarUrl,
                user.avatarType, user.createdAt);
    }
}
