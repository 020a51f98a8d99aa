package io.quizcast.participant.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.common.EventStatus;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.json.Times;
import io.quizcast.common.notify.LiveNotice;
import io.quizcast.common.notify.LiveNotices;
import io.quizcast.common.security.Caller;
import io.quizcast.common.security.SessionTokenSigner;
import io.quizcast.common.security.SessionTokens;
import io.quizcast.event.Event;
import io.quizcast.event.repository.EventRepository;
import io.quizcast.event.service.JoinCodes;
import io.quizcast.participant.DeviceIds;
import io.quizcast.participant.DisplayNames;
import io.quizcast.participant.JoinAttempt;
import io.quizcast.participant.JoinRequest;
import io.quizcast.participant.JoinResponse;
import io.quizcast.participant.Participant;
import io.quizcast.participant.moderation.NameFilter;
import io.quizcast.participant.repository.JoinAttemptRepository;
import io.quizcast.participant.repository.JoinStatements;
import io.quizcast.participant.repository.ParticipantRepository;
import io.quizcast.segment.repository.SegmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The join rules of the contract, in their order; names and devices are made unique by the database. */
@ApplicationScoped
public class JoinService {

    static final Duration LOCK_GRACE = Duration.ofSeconds(5);
    public static final String NAME_NOT_ALLOWED = "name_not_allowed";
    public static final String REMOVED = "removed";
    private static final int ATTEMPTS = 25;

    /** A participant row and the fresh session token the client gets for it. */
    public record Joined(Participant participant, String sessionToken, boolean rejoining) {

        public JoinResponse response() {
            return new JoinResponse(participant.eventId, participant.id, participant.deviceId, sessionToken,
                    participant.displayName, rejoining);
        }

        /** What the rooms are told when this gave an existing participant a fresh token. */
        public LiveNotice.SessionReplaced replaced() {
            return new LiveNotice.SessionReplaced(participant.eventId, participant.id);
        }
    }

    private final EventRepository events;
    private final ParticipantRepository participants;
    private final SegmentRepository segments;
    private final SessionTokenSigner tokens;
    private final LiveNotices notices;
    private final JoinStatements statements;
    private final JoinAttemptRepository attempts;

    JoinService(EventRepository events, ParticipantRepository participants, SegmentRepository segments,
            SessionTokenSigner tokens, JoinStatements statements, JoinAttemptRepository attempts,
            LiveNotices notices) {
        this.statements = statements;
        this.attempts = attempts;
        this.events = events;
        this.participants = participants;
        this.segments = segments;
        this.tokens = tokens;
        this.notices = notices;
    }

    public Uni<JoinResponse> join(JoinRequest request, Caller caller) {
        if (caller instanceof Caller.Invalid invalid) {
            return Uni.createFrom().failure(ApiException.unauthorized(invalid.reason()));
        }
        UUID accountId = caller instanceof Caller.Account account ? account.userId() : null;
        String code = JoinCodes.normalise(request.code());
        UUID deviceId = DeviceIds.of(request.deviceFingerprint());
        String name = DisplayNames.normalise(request.displayName());
        if (name == null) {
            return Uni.createFrom().failure(ApiException.invalid("display_name", "must not be blank"));
        }
        Instant startedAt = Times.now();
        return attempt(code, deviceId, name, request, accountId, startedAt, 1)
                // a refused name is not stored anywhere, not even in the attempts' log
                .onFailure(f -> f instanceof ApiException a && !NAME_NOT_ALLOWED.equals(a.code()))
                .call(f -> recordRefusal(code, deviceId, accountId, name, (ApiException) f))
                .map(Joined::response);
    }

    private Uni<Joined> attempt(String code, UUID deviceId, String name, JoinRequest request, UUID accountId,
            Instant startedAt, int attempt) {
        return joinOnce(code, deviceId, name, request, accountId, startedAt, attempt > 1)
                .onFailure(f -> attempt < ATTEMPTS
                        && (DatabaseFailures.isUniqueViolation(f, null) || DatabaseFailures.isTransient(f)))
                .recoverWithUni(() -> attempt(code, deviceId, name, request, accountId, startedAt, attempt + 1));
    }

    /**
     * One try, in one transaction with the fewest statements, on the reactive client (no ORM): the event (with
     * whether a quiz runs), the device's participants (here and elsewhere, one query), then the new row or the
     * rejoin's fresh token together with the attempt's record (one statement). The first try takes the name as
     * given; only when a name was taken meanwhile (the unique index refuses it) does the retry look up the free form.
     */
    Uni<Joined> joinOnce(String code, UUID deviceId, String name, JoinRequest request, UUID accountId,
            Instant startedAt, boolean lookUpNames) {
        return statements.inTransaction(c -> statements.event(c, code).chain(event -> {
            checkJoinable(event, startedAt);
            checkName(name, event.blockedWords(), event.removedNames());
            return statements.devicePresence(c, deviceId, event.id()).chain(found -> {
                Participant here = null;
                for (Participant p : found) {
                    if (!p.eventId.equals(event.id())) {
                        throw ApiException.conflict("other_active_event",
                                "This device is already in another active event; leave it before joining this one");
                    }
                    here = p;
                }
                Participant byDevice = here;
                return (byDevice != null || accountId == null
                        ? Uni.createFrom().item(byDevice)
                        : statements.byAccount(c, event.id(), accountId));
            }).chain(existing -> {
                if (existing != null && existing.removedAt != null) {
                    throw new ApiException(403, REMOVED, "You were removed from this event by the organiser");
                }
                if (existing != null) {
                    Joined joined = rejoin(existing);
                    return statements.rejoin(c, existing,
                            attemptRecord(event.id(), code, deviceId, accountId, name, "rejoined", existing.id))
                            .call(() -> notices.publishIn(c, joined.replaced()))
                            .replaceWith(joined);
                }
                Uni<List<String>> names = lookUpNames ? statements.namesLike(c, event.id(), name)
                        : Uni.createFrom().item(List.of());
                return names.chain(taken -> {
                    Joined joined = newParticipant(event.id(), event.quizRunning(), deviceId,
                            DisplayNames.firstFree(name, taken), request.avatarUrl(), request.avatarType(), accountId,
                            false, true);
                    Participant p = joined.participant();
                    return statements.insert(c, p,
                            attemptRecord(event.id(), code, deviceId, accountId, name, "joined", p.id))
                            .replaceWith(joined);
                });
            });
        }));
    }

    /** Rules 1 and 2: the event exists, has not ended, and is open (or was locked less than 5 s before). */
    static void checkJoinable(JoinStatements.JoinTarget event, Instant startedAt) {
        if (event == null) {
            throw ApiException.notFound("Event not found");
        }
        if (EventStatus.FINISHED.equals(event.status())) {
            throw ApiException.conflict("event_ended", "Event has ended");
        }
        if (event.joinLocked()
                && (event.joinLockedAt() == null || !startedAt.isBefore(event.joinLockedAt().plus(LOCK_GRACE)))) {
            throw new ApiException(403, "join_locked", "Event joining is locked");
        }
    }

    /**
     * A name the event does not show: one with a blocked word (the built-in lists, the event's own words), or the
     * name of a participant the organiser removed.
     */
    public static void checkName(String name, List<String> blockedWords, List<String> removedNames) {
        if (NameFilter.blocked(name, blockedWords)) {
            throw new ApiException(422, NAME_NOT_ALLOWED, "This name is not allowed here: choose another one");
        }
        for (String removed : removedNames) {
            if (removed.equalsIgnoreCase(name)) {
                throw new ApiException(422, NAME_NOT_ALLOWED,
                        "This name was removed from this event by the organiser: choose another one");
            }
        }
    }

    /** The same person again: same participant and name, a fresh session token (the old one stops working). */
    public Joined rejoin(Participant existing) {
        String token = tokens.issue(existing.id, existing.eventId);
        existing.sessionTokenHash = SessionTokens.hash(token);
        existing.lastSeenAt = Times.now();
        return new Joined(existing, token, true);
    }

    /** A new participant with the first free form of the name; late when a quiz is running. */
    public Uni<Joined> create(Event event, UUID deviceId, String name, String avatarUrl, String avatarType,
            UUID accountId, boolean isHost, boolean isPlayer) {
        return create(event, deviceId, name, avatarUrl, avatarType, accountId, isHost, isPlayer, true);
    }

    private Uni<Joined> create(Event event, UUID deviceId, String name, String avatarUrl, String avatarType,
            UUID accountId, boolean isHost, boolean isPlayer, boolean lookUpNames) {
        Uni<List<String>> names = lookUpNames ? participants.namesLike(event.id, name)
                : Uni.createFrom().item(List.of());
        return names
                .chain(taken -> segments.hasQuizRunning(event.id).chain(late -> {
                    Joined joined = newParticipant(event.id, late, deviceId, DisplayNames.firstFree(name, taken),
                            avatarUrl, avatarType, accountId, isHost, isPlayer);
                    // flush now so a name or device taken meanwhile fails here, inside the retry, not at commit
                    return participants.persistAndFlush(joined.participant()).replaceWith(joined);
                }));
    }

    /** A new participant (not stored yet) with its fresh session token; a player is late when a quiz runs. */
    private Joined newParticipant(UUID eventId, boolean quizRunning, UUID deviceId, String displayName,
            String avatarUrl, String avatarType, UUID accountId, boolean isHost, boolean isPlayer) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.eventId = eventId;
        String token = tokens.issue(p.id, eventId);
        p.userId = accountId;
        p.deviceId = deviceId;
        p.displayName = displayName;
        p.avatarUrl = avatarUrl;
        p.avatarType = avatarType;
        p.sessionTokenHash = SessionTokens.hash(token);
        p.isLateJoiner = quizRunning && isPlayer;
        p.joinStatus = p.isLateJoiner ? Participant.WAITING_FOR_SEGMENT : Participant.ACTIVE;
        p.isHost = isHost;
        p.isPlayer = isPlayer;
        p.joinedAt = Times.now();
        p.lastSeenAt = p.joinedAt;
        return new Joined(p, token, false);
    }

    private Uni<Void> recordRefusal(String code, UUID deviceId, UUID accountId, String name, ApiException refusal) {
        return events.findByJoinCode(code)
                .chain(event -> record(event == null ? null : event.id, code, deviceId, accountId, name, refusal.code(),
                        null))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @WithTransaction
    Uni<Void> record(UUID eventId, String code, UUID deviceId, UUID accountId, String name, String outcome,
            UUID participantId) {
        // the record is a log: losing one must never fail the join it describes
        return attempts.persist(attemptRecord(eventId, code, deviceId, accountId, name, outcome, participantId))
                .replaceWithVoid().onFailure().recoverWithNull();
    }

    private static JoinAttempt attemptRecord(UUID eventId, String code, UUID deviceId, UUID accountId, String name,
            String outcome, UUID participantId) {
        JoinAttempt attempt = new JoinAttempt();
        attempt.id = UUID.randomUUID();
        attempt.eventId = eventId;
        attempt.joinCode = code.length() > 16 ? code.substring(0, 16) : code;
        attempt.deviceId = deviceId;
        attempt.userId = accountId;
        attempt.displayName = name;
        attempt.outcome = outcome;
        attempt.participantId = participantId;
        attempt.attemptedAt = Times.now();
        return attempt;
    }

}
