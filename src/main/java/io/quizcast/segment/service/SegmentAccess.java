package io.quizcast.segment.service;

import io.quizcast.common.error.ApiException;
import io.quizcast.event.Event;
import io.quizcast.event.service.EventAccess;
import io.quizcast.segment.Segment;
import io.quizcast.segment.repository.SegmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Loads a segment with its event and applies the "host" and "host|presenter" rules. */
@ApplicationScoped
public class SegmentAccess {

    public static final String SEGMENT_NOT_FOUND = "Segment not found";

    /** A segment and the event it belongs to. */
    public record Scoped(Segment segment, Event event) {
    }

    private final SegmentRepository segments;
    private final EventAccess events;

    SegmentAccess(SegmentRepository segments, EventAccess events) {
        this.segments = segments;
        this.events = events;
    }

    public Uni<Scoped> find(UUID segmentId) {
        return segments.findById(segmentId)
                .onItem().ifNull().failWith(() -> ApiException.notFound(SEGMENT_NOT_FOUND))
                .chain(segment -> events.find(segment.eventId).map(event -> new Scoped(segment, event)));
    }

    public Uni<Scoped> findInEvent(UUID eventId, UUID segmentId) {
        return find(segmentId).invoke(scoped -> {
            if (!scoped.event().id.equals(eventId)) {
                throw ApiException.notFound(SEGMENT_NOT_FOUND);
            }
        });
    }

    public Uni<Scoped> findForHost(UUID segmentId, UUID callerId) {
        return find(segmentId).invoke(scoped -> {
            if (!scoped.event().isHostedBy(callerId)) {
                throw ApiException.forbidden("Only the event's host may do this");
            }
        });
    }

    public Uni<Scoped> findForHostOrPresenter(UUID segmentId, UUID callerId) {
        return find(segmentId).invoke(scoped -> {
            if (!scoped.event().isHostedBy(callerId) && !scoped.segment().isPresentedBy(callerId)) {
                throw ApiException.forbidden("Only the event's host or the segment's presenter may do this");
            }
        });
    }
}
