package io.quizcast.account;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What register and login answer: a bearer token and the account. */
@RegisterForReflection // serialised by Jackson in the native image
public record AuthResponse(String token, UserView user) {
}
