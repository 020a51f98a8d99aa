package io.quizcast.common.security;

import io.quizcast.common.error.ApiException;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the account id out of a verified account token. */
public final class CallerIds {

    private CallerIds() {
    }

    public static UUID accountId(JsonWebToken jwt) {
        String subject = jwt == null ? null : jwt.getSubject();
        if (subject == null) {
            throw ApiException.unauthorized("Not authenticated");
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("Invalid or expired token");
        }
    }
}
