package io.quizcast.participant.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.quizcast.participant.Participant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Participant lookups; each one is served by an index of event_participants. */
@ApplicationScoped
@WithSession
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Uni<Long> countPlayers(UUID eventId) {
        return count("eventId = ?1 and isPlayer = true", eventId);
    }

    public Uni<Participant> findByDevice(UUID eventId, UUID deviceId) {
        return find("eventId = ?1 and deviceId = ?2", eventId, deviceId).firstResult();
    }

    public Uni<Participant> findByAccount(UUID eventId, UUID userId) {
        return find("eventId = ?1 and userId = ?2", eventId, userId).firstResult();
    }

    public Uni<Participant> findByName(UUID eventId, String displayName) {
        return find("eventId = ?1 and displayName = ?2", eventId, displayName).firstResult();
    }

    public Uni<Participant> findBySessionTokenHash(String hash) {
        return find("sessionTokenHash", hash).firstResult();
    }

    /** The participant a client names: its client identity (account id) or its participant id. */
    public Uni<Participant> findByClientId(UUID eventId, UUID clientOrParticipantId) {
        return find("eventId = ?1 and (id = ?2 or userId = ?2)", eventId, clientOrParticipantId).firstResult();
    }

    /** The names of the participants the organiser removed from the event (no name may be one of them). */
    public Uni<List<String>> removedNames(UUID eventId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select p.displayName from Participant p where p.eventId = ?1 and p.removedAt is not null",
                String.class).setParameter(1, eventId).getResultList());
    }

    /** Names in the event equal to base or to "base N": the candidates a new name must avoid. */
    public Uni<List<String>> namesLike(UUID eventId, String base) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select p.displayName from Participant p where p.eventId = ?1"
                        + " and (p.displayName = ?2 or p.displayName like ?3)",
                String.class)
                .setParameter(1, eventId).setParameter(2, base).setParameter(3, escapeLike(base) + " %")
                .getResultList());
    }

    public Uni<List<Participant>> listByScore(UUID eventId) {
        return list("eventId", Sort.descending("totalScore").and("totalResponseTimeMs").and("joinedAt"), eventId);
    }

    /** {@code value} as a literal inside a LIKE pattern (backslash, percent and underscore escaped). */
    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
