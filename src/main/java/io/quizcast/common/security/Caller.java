package io.quizcast.common.security;

import java.util.UUID;

/** Who sent a request or opened a socket, from its bearer token. */
public sealed interface Caller {

    /** A verified account token. */
    record Account(UUID userId) implements Caller {
    }

    /** A participant session token (anonymous player) of one event. */
    record Session(UUID participantId, UUID eventId) implements Caller {
    }

    /** No token at all (or the literal "null" the client sends when it has none). */
    record Anonymous() implements Caller {
    }

    /** A token was given but is not valid: expired, forged, or unknown. */
    record Invalid(String reason) implements Caller {
    }
}
