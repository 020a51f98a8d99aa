package io.quizcast.participant.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.common.EventStatus;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.json.Times;
import io.quizcast.common.notify.LiveNotice;
import io.quizcast.common.notify.LiveNotices;
import io.quizcast.common.security.Caller;
import io.quizcast.event.Event;
import io.quizcast.event.repository.EventRepository;
import io.quizcast.event.service.EventAccess;
import io.quizcast.event.service.JoinCodes;
import io.quizcast.participant.DeviceIds;
import io.quizcast.participant.DisplayNames;
import io.quizcast.participant.HostJoinRequest;
import io.quizcast.participant.JoinLockStatus;
import io.quizcast.participant.JoinResponse;
import io.quizcast.participant.Participant;
import io.quizcast.participant.ParticipantView;
import io.quizcast.participant.Presence;
import io.quizcast.participant.RecoverRequest;
import io.quizcast.participant.repository.ParticipantRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Participants after joining: recovery, renames, the host's own seat, the join lock, the list. */
@ApplicationScoped
public class ParticipantService {

    static final String PARTICIPANT_NOT_FOUND = "Participant not found";
    private static final int ATTEMPTS = 25;

    /** A rename and the participant it produced. */
    record Renamed(Participant participant, String oldName) {
    }

    private final EventRepository events;
    private final EventAccess access;
    private final ParticipantRepository participants;
    private final JoinService joins;
    private final Presence presence;
    private final LiveNotices notices;

    ParticipantService(EventRepository events, EventAccess access, ParticipantRepository participants,
            JoinService joins, Presence presence, LiveNotices notices) {
        this.events = events;
        this.access = access;
        this.participants = participants;
        this.joins = joins;
        this.presence = presence;
        this.notices = notices;
    }

    @WithSession
    public Uni<List<ParticipantView>> list(UUID eventId) {
        return access.find(eventId).chain(() -> participants.listByScore(eventId))
                .map(list -> list.stream().filter(p -> p.removedAt == null)
                        .map(p -> ParticipantView.of(p, presence.isOnline(eventId, p.id))).toList());
    }

    /**
     * The host removes a participant (kick): marked removed (its answers stay in the results), its session token
     * stops working, its socket is closed with 4403 and its device and name cannot join the event again. Repeating
     * it changes nothing; the host's own participant cannot be removed.
     */
    @WithTransaction
    public Uni<ParticipantView> remove(UUID callerId, UUID eventId, UUID target) {
        return access.findHosted(eventId, callerId).chain(event -> participants.findByClientId(eventId, target)
                .onItem().ifNull().failWith(() -> ApiException.notFound(PARTICIPANT_NOT_FOUND))
                .chain(participant -> {
                    if (event.isHostedBy(participant.userId)) {
                        throw ApiException.conflict("host_not_removable", "The host cannot remove their own seat");
                    }
                    if (participant.removedAt != null) {
                        return Uni.createFrom().item(participant);
                    }
                    participant.removedAt = Times.now();
                    participant.sessionTokenHash = null;
                    return participants.flush().call(() -> notices.publish(new LiveNotice.ParticipantRemoved(eventId,
                            participant.id, participant.clientId(), participant.displayName)))
                            .replaceWith(participant);
                }))
                .map(p -> ParticipantView.of(p, false));
    }

    /** A player on a new device takes back its participant by name; the old session token stops working. */
    @WithTransaction
    public Uni<JoinResponse> recover(String eventIdOrCode, RecoverRequest request) {
        UUID deviceId = DeviceIds.of(request.newDeviceFingerprint());
        String name = DisplayNames.normalise(request.displayName());
        return findByIdOrCode(eventIdOrCode)
                .chain(event -> {
                    if (EventStatus.FINISHED.equals(event.status)) {
                        throw ApiException.conflict("event_ended", "Event has ended");
                    }
                    return participants.findByName(event.id, name);
                })
                .onItem().ifNull().failWith(() -> ApiException.notFound(PARTICIPANT_NOT_FOUND))
                .invoke(participant -> {
                    if (participant.removedAt != null) {
                        throw new ApiException(403, JoinService.REMOVED,
                                "You were removed from this event by the organiser");
                    }
                })
                .chain(participant -> participants.findByDevice(participant.eventId, deviceId).map(holder -> {
                    if (holder != null && !holder.id.equals(participant.id)) {
                        throw ApiException.conflict("device_in_use",
                                "This device already belongs to another participant");
                    }
                    participant.deviceId = deviceId;
                    return joins.rejoin(participant);
                })).call(joined -> notices.publish(joined.replaced())).map(JoinService.Joined::response);
    }

    /** The host takes a seat as a player (linked to the host account); 403 while joining is locked. */
    public Uni<JoinResponse> joinAsHost(UUID callerId, UUID eventId, HostJoinRequest request) {
        String name = DisplayNames.normalise(request.displayName());
        if (name == null) {
            return Uni.createFrom().failure(ApiException.invalid("display_name", "must not be blank"));
        }
        return hostAttempt(callerId, eventId, name, request, 1);
    }

    private Uni<JoinResponse> hostAttempt(UUID callerId, UUID eventId, String name, HostJoinRequest request,
            int attempt) {
        return hostJoinOnce(callerId, eventId, name, request)
                .onFailure(f -> attempt < ATTEMPTS && DatabaseFailures.isUniqueViolation(f, null))
                .recoverWithUni(() -> hostAttempt(callerId, eventId, name, request, attempt + 1));
    }

    @WithTransaction
    Uni<JoinResponse> hostJoinOnce(UUID callerId, UUID eventId, String name, HostJoinRequest request) {
        return access.findHosted(eventId, callerId).chain(event -> {
            if (event.joinLocked) {
                throw new ApiException(403, "join_locked", "Event joining is locked");
            }
            if (EventStatus.FINISHED.equals(event.status)) {
                throw ApiException.conflict("event_ended", "Event has ended");
            }
            return participants.findByAccount(eventId, callerId).chain(existing -> {
                if (existing != null) {
                    existing.isPlayer = true;
                    existing.isHost = true;
                    JoinService.Joined joined = joins.rejoin(existing);
                    return notices.publish(joined.replaced()).replaceWith(joined.response());
                }
                return joins.create(event, DeviceIds.ofAccount(callerId), name, request.avatarUrl(),
                        request.avatarType(), callerId, true, true).map(JoinService.Joined::response);
            });
        });
    }

    /** Renames a participant (itself or the host may); the name is made unique; the event's sockets are told. */
    public Uni<ParticipantView> rename(UUID eventId, UUID target, String newName, Caller caller) {
        String name = DisplayNames.normalise(newName);
        if (name == null) {
            return Uni.createFrom().failure(ApiException.invalid("display_name", "must not be blank"));
        }
        return renameAttempt(eventId, target, name, caller, 1)
                .map(renamed -> ParticipantView.of(renamed.participant(),
                        presence.isOnline(eventId, renamed.participant().id)));
    }

    private Uni<Renamed> renameAttempt(UUID eventId, UUID target, String name, Caller caller, int attempt) {
        return renameOnce(eventId, target, name, caller)
                .onFailure(f -> attempt < ATTEMPTS && DatabaseFailures.isUniqueViolation(f, null))
                .recoverWithUni(() -> renameAttempt(eventId, target, name, caller, attempt + 1));
    }

    @WithTransaction
    Uni<Renamed> renameOnce(UUID eventId, UUID target, String name, Caller caller) {
        return access.find(eventId).chain(event -> participants.findByClientId(eventId, target)
                .onItem().ifNull().failWith(() -> ApiException.notFound(PARTICIPANT_NOT_FOUND))
                .chain(participant -> {
                    requireSelfOrHost(caller, event, participant);
                    String oldName = participant.displayName;
                    if (oldName.equals(name)) {
                        return Uni.createFrom().item(new Renamed(participant, oldName));
                    }
                    return participants.removedNames(eventId).invoke(removed -> JoinService.checkName(name,
                            event.blockedWords, removed)).chain(() -> participants.namesLike(eventId, name))
                            .chain(taken -> {
                                participant.displayName = DisplayNames.firstFree(name,
                                        taken.stream().filter(n -> !n.equals(oldName)).toList());
                                // the event's sockets hear of it once this commits, on whichever process runs the event
                                return participants.flush()
                                        .call(() -> oldName.equals(participant.displayName)
                                                ? Uni.createFrom().voidItem()
                                                : notices.publish(new LiveNotice.ParticipantRenamed(eventId,
                                                        participant.clientId(), oldName, participant.displayName)))
                                        .replaceWith(new Renamed(participant, oldName));
                            });
                }));
    }

    private static void requireSelfOrHost(Caller caller, Event event, Participant participant) {
        boolean allowed;
        if (caller instanceof Caller.Account account) {
            allowed = event.isHostedBy(account.userId()) || account.userId().equals(participant.userId);
        } else if (caller instanceof Caller.Session session) {
            allowed = session.participantId().equals(participant.id);
        } else if (caller instanceof Caller.Invalid invalid) {
            throw ApiException.unauthorized(invalid.reason());
        } else {
            throw ApiException.unauthorized("Not authenticated");
        }
        if (!allowed) {
            throw ApiException.forbidden("Only the participant or the host may rename a participant");
        }
    }

    public Uni<JoinLockStatus> setLocked(UUID callerId, UUID eventId, boolean locked) {
        return applyLock(callerId, eventId, locked);
    }

    @WithTransaction
    Uni<JoinLockStatus> applyLock(UUID callerId, UUID eventId, boolean locked) {
        return access.findHosted(eventId, callerId).map(event -> {
            // repeating a lock keeps the first lock time, so the 5-second grace does not restart
            if (locked && !event.joinLocked) {
                event.joinLocked = true;
                event.joinLockedAt = Times.now();
            } else if (!locked) {
                event.joinLocked = false;
                event.joinLockedAt = null;
            }
            return new JoinLockStatus(event.joinLocked, event.joinLockedAt,
                    event.joinLocked ? "Event joining is locked" : "Event joining is open");
        }).call(status -> notices.publish(
                new LiveNotice.JoinLockChanged(eventId, status.joinLocked(), status.joinLockedAt(), status.message())));
    }

    @WithSession
    public Uni<JoinLockStatus> lockStatus(UUID eventId) {
        return access.find(eventId).map(event -> new JoinLockStatus(event.joinLocked, event.joinLockedAt,
                event.joinLocked ? "Locked" : "Open"));
    }

    @WithSession
    public Uni<Event> findByJoinCode(String code) {
        return byCode(code);
    }

    private Uni<Event> findByIdOrCode(String idOrCode) {
        try {
            return access.find(UUID.fromString(idOrCode));
        } catch (IllegalArgumentException notAnId) {
            return byCode(idOrCode);
        }
    }

    private Uni<Event> byCode(String code) {
        return events.findByJoinCode(JoinCodes.normalise(code))
                .onItem().ifNull().failWith(() -> ApiException.notFound(EventAccess.EVENT_NOT_FOUND));
    }
}
