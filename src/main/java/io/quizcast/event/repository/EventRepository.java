package io.quizcast.event.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.quizcast.event.Event;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Event lookups: by id, by join code (unique index), by host (indexed, newest first). */
@ApplicationScoped
@WithSession
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    public Uni<Event> findByJoinCode(String code) {
        return find("joinCode", code).firstResult();
    }

    public Uni<List<Event>> listHostedBy(UUID hostId) {
        return list("hostId", Sort.descending("createdAt"), hostId);
    }
}
