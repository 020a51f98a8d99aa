package io.quizcast.segment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.segment.Segment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Segment lookups, ordered by their place in the event. */
@ApplicationScoped
@WithSession
public class SegmentRepository implements PanacheRepositoryBase<Segment, UUID> {

    /** The presenters' segments of an event (the mega quiz round is not one of them). */
    public Uni<List<Segment>> listByEvent(UUID eventId) {
        return list("eventId = ?1 and kind = 'presenter' order by orderIndex", eventId);
    }

    public Uni<Integer> nextOrderIndex(UUID eventId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select coalesce(max(s.orderIndex) + 1, 0) from Segment s where s.eventId = ?1", Integer.class)
                .setParameter(1, eventId).getSingleResult());
    }

    /**
     * Locks every segment of the given segment's event (FOR UPDATE) until the caller's transaction ends, so that moves
     * in one event run one at a time and each reads the places the one before it left. The rows are locked in the
     * order of their ids, the same for every move (in the scan's order, two moves deadlocked). Call it before anything
     * of the event is loaded in the session (entities loaded earlier keep their stale state).
     */
    public Uni<Void> lockEventOf(UUID segmentId) {
        return getSession().chain(session -> session.createNativeQuery("""
                SELECT id FROM segments
                WHERE event_id = (SELECT event_id FROM segments WHERE id = :segment)
                ORDER BY id
                FOR UPDATE""", UUID.class)
                .setParameter("segment", segmentId)
                .getResultList())
                .replaceWithVoid();
    }

    /** The segment of the event at this place in its order, or null. */
    public Uni<Segment> atOrderIndex(UUID eventId, int orderIndex) {
        return find("eventId = ?1 and orderIndex = ?2", eventId, orderIndex).firstResult();
    }

    /** Writes the session's pending changes now (before the next statement that depends on them). */
    public Uni<Void> flushNow() {
        return getSession().chain(session -> session.flush());
    }

    /** Whether a segment of the event is running its quiz right now (late joiners wait for the next question). */
    public Uni<Boolean> hasQuizRunning(UUID eventId) {
        return count("eventId = ?1 and status = 'quizzing'", eventId).map(n -> n > 0);
    }
}
