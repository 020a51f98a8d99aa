package io.quizcast.common.security;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.participant.repository.ParticipantRepository;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns a bearer token (account JWT or participant session token) into a {@link Caller}. */
@ApplicationScoped
public class CallerResolver {

    private final JWTParser jwtParser;
    private final ParticipantRepository participants;

    CallerResolver(JWTParser jwtParser, ParticipantRepository participants) {
        this.jwtParser = jwtParser;
        this.participants = participants;
    }

    /** From an Authorization header value ("Bearer ..."), possibly null. */
    public Uni<Caller> fromAuthorization(String header) {
        if (header == null || header.isBlank()) {
            return Uni.createFrom().item(new Caller.Anonymous());
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().item(new Caller.Invalid("Authorization must be a Bearer token"));
        }
        return fromToken(header.substring(7).trim());
    }

    /** Whether a raw token is a participant's session token (which only the database can resolve). */
    public static boolean isSessionToken(String token) {
        return !isAbsent(token) && !SessionTokens.looksLikeJwt(token);
    }

    private static boolean isAbsent(String token) {
        return token == null || token.isBlank() || "null".equals(token) || "undefined".equals(token);
    }

    /** From a raw token that is not a session token: no token, or an account's JWT (no database work). */
    public Caller withoutLookup(String token) {
        return isAbsent(token) ? new Caller.Anonymous() : account(token);
    }

    /** From a raw token; "null" and empty mean no token. */
    @WithSession
    public Uni<Caller> fromToken(String token) {
        if (!isSessionToken(token)) {
            return Uni.createFrom().item(withoutLookup(token));
        }
        return participants.findBySessionTokenHash(SessionTokens.hash(token))
                .map(p -> p == null ? session(null, null) : session(p.id, p.eventId));
    }

    /** The caller a session token names: its participant (of its event), or invalid when no participant has it. */
    public static Caller session(UUID participantId, UUID eventId) {
        return participantId == null ? new Caller.Invalid("Unknown session token")
                : new Caller.Session(participantId, eventId);
    }

    private Caller account(String token) {
        try {
            JsonWebToken jwt = jwtParser.parse(token);
            return new Caller.Account(UUID.fromString(jwt.getSubject()));
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            return new Caller.Invalid("Invalid or expired token");
        }
    }
}
