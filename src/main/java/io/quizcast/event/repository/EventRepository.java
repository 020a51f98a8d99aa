package io.quizcast.event.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.quizcast.event.Event;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Event lookups: by id, by join code (unique index), by host and by presenter (indexed, newest first). */
@ApplicationScoped
@WithSession
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    public Uni<Event> findByJoinCode(String code) {
        return find("joinCode", code).firstResult();
    }

    public Uni<List<Event>> listHostedBy(UUID hostId) {
        return list("hostId", Sort.descending("createdAt"), hostId);
    }

    /** The events another account hosts in which {@code accountId} presents a round (segments' presenter index). */
    public Uni<List<Event>> listPresentedBy(UUID accountId) {
        return list("""
                hostId <> ?1 and id in (select s.eventId from Segment s where s.presenterUserId = ?1)
                order by createdAt desc""", accountId);
    }
}
