package io.quizcast.event.service;

import io.quizcast.common.error.ApiException;
import io.quizcast.event.Event;
import io.quizcast.event.repository.EventRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Loads an event and applies the "host" rule: 404 for an unknown id, 403 for anyone but its host. */
@ApplicationScoped
public class EventAccess {

    public static final String EVENT_NOT_FOUND = "Event not found";
    static final String NOT_HOST = "Only the event's host may do this";

    private final EventRepository events;

    EventAccess(EventRepository events) {
        this.events = events;
    }

    public Uni<Event> find(UUID eventId) {
        return events.findById(eventId).onItem().ifNull().failWith(() -> ApiException.notFound(EVENT_NOT_FOUND));
    }

    public Uni<Event> findHosted(UUID eventId, UUID callerId) {
        return find(eventId).invoke(event -> {
            if (!event.isHostedBy(callerId)) {
                throw ApiException.forbidden(NOT_HOST);
            }
        });
    }
}
