package io.quizcast.game.store;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.common.json.Times;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.segment.Segment;
import io.quizcast.segment.repository.SegmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The segment side of presenter rotation: new segments, presenter changes, reopening. */
@ApplicationScoped
public class PresenterStore {

    /** A segment after its presenter changed, and who presented it before. */
    public record Reassigned(Segment segment, UUID previousPresenter) {
    }

    private final SegmentRepository segments;

    PresenterStore(SegmentRepository segments) {
        this.segments = segments;
    }

    @WithSession
    public Uni<Boolean> hasSegments(UUID eventId) {
        return segments.count("eventId = ?1 and kind = 'presenter'", eventId).map(n -> n > 0);
    }

    /** The next segment, presented by the sender, recording from now ("Segment N" unless titled, as the contract says). */
    @WithTransaction
    public Uni<Segment> createSegment(UUID eventId, UUID presenterUserId, String presenterName, String title) {
        return segments.nextOrderIndex(eventId).chain(order -> {
            Segment s = new Segment();
            s.id = UUID.randomUUID();
            s.eventId = eventId;
            s.kind = Segment.KIND_PRESENTER;
            s.presenterName = presenterName;
            s.presenterUserId = presenterUserId;
            // the contract names the stored default ("Segment N"); people see rounds named by Round.titleOr
            s.title = title != null && !title.isBlank() ? title.trim() : "Segment " + (order + 1);
            s.orderIndex = order;
            s.status = Segment.RECORDING;
            s.recordingStartedAt = Times.now();
            s.createdAt = s.recordingStartedAt;
            return segments.persist(s);
        });
    }

    @WithTransaction
    public Uni<Reassigned> setPresenter(UUID eventId, UUID segmentId, UUID userId, String name) {
        return find(eventId, segmentId).map(s -> {
            UUID previous = s.presenterUserId;
            s.presenterUserId = userId;
            s.presenterName = name;
            return new Reassigned(s, previous);
        });
    }

    /** Reopens a completed segment: its status goes back to what it was before it completed, and is final again. */
    @WithTransaction
    public Uni<Segment> reopen(UUID eventId, UUID segmentId) {
        return find(eventId, segmentId).map(s -> {
            if (!Segment.COMPLETED.equals(s.status)) {
                throw new GameException(ErrorCodes.INVALID_PHASE, "Only a completed round can be resumed");
            }
            s.status = s.previousStatus != null && !Segment.COMPLETED.equals(s.previousStatus)
                    ? s.previousStatus : Segment.QUIZ_READY;
            // as the REST resume: the clients show their "ended accidentally?" controls while it is set
            s.previousStatus = null;
            s.endedAt = null;
            return s;
        });
    }

    private Uni<Segment> find(UUID eventId, UUID segmentId) {
        return segments.findById(segmentId).map(s -> {
            if (s == null || !s.eventId.equals(eventId)) {
                throw new GameException(ErrorCodes.NOT_FOUND, "Round not found");
            }
            return s;
        });
    }
}
