package io.quizcast.segment.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.error.ResumeRules;
import io.quizcast.common.http.Resumed;
import io.quizcast.common.json.Times;
import io.quizcast.common.notify.LiveNotice;
import io.quizcast.common.notify.LiveNotices;
import io.quizcast.event.service.EventAccess;
import io.quizcast.generation.GenerationPending;
import io.quizcast.participant.repository.ParticipantRepository;
import io.quizcast.question.repository.QuestionRepository;
import io.quizcast.segment.Segment;
import io.quizcast.segment.SegmentCreate;
import io.quizcast.segment.SegmentUpdate;
import io.quizcast.segment.SegmentView;
import io.quizcast.segment.repository.SegmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Segment rules: ordering, status changes, recording start/stop, complete/resume. */
@ApplicationScoped
public class SegmentService {

    private static final String ORDER_INDEX = "segments_event_order_key";
    private static final int CREATE_ATTEMPTS = 10;
    private static final int PARKING = Integer.MAX_VALUE;

    private final SegmentRepository segments;
    private final QuestionRepository questions;
    private final EventAccess events;
    private final SegmentAccess access;
    private final LiveNotices notices;
    private final ParticipantRepository participants;

    private final GenerationPending generation;

    SegmentService(SegmentRepository segments, QuestionRepository questions, EventAccess events, SegmentAccess access,
            LiveNotices notices, ParticipantRepository participants, GenerationPending generation) {
        this.generation = generation;
        this.segments = segments;
        this.questions = questions;
        this.events = events;
        this.access = access;
        this.notices = notices;
        this.participants = participants;
    }

    @WithSession
    public Uni<List<SegmentView>> list(UUID eventId) {
        return events.find(eventId)
                .chain(() -> segments.listByEvent(eventId))
                .chain(list -> questions.countBySegments(list.stream().map(s -> s.id).toList())
                        .map(counts -> list.stream().map(s -> SegmentView.of(s, counts.getOrDefault(s.id, 0L)))
                                .toList()));
    }

    @WithSession
    public Uni<SegmentView> get(UUID eventId, UUID segmentId) {
        return access.findInEvent(eventId, segmentId).chain(scoped -> view(scoped.segment()));
    }

    public Uni<SegmentView> create(UUID callerId, UUID eventId, SegmentCreate request) {
        return createAttempt(callerId, eventId, request, 1);
    }

    private Uni<SegmentView> createAttempt(UUID callerId, UUID eventId, SegmentCreate request, int attempt) {
        // two segments created at once may pick the same order index: the unique index decides, the loser retries
        return insert(callerId, eventId, request)
                .onFailure(f -> attempt < CREATE_ATTEMPTS && DatabaseFailures.isUniqueViolation(f, ORDER_INDEX))
                .recoverWithUni(() -> createAttempt(callerId, eventId, request, attempt + 1));
    }

    @WithTransaction
    Uni<SegmentView> insert(UUID callerId, UUID eventId, SegmentCreate request) {
        return events.findHosted(eventId, callerId)
                .chain(event -> segments.nextOrderIndex(eventId).chain(order -> {
                    Segment segment = new Segment();
                    segment.id = UUID.randomUUID();
                    segment.eventId = eventId;
                    segment.kind = Segment.KIND_PRESENTER;
                    segment.presenterName = request.presenterName().trim();
                    segment.presenterUserId = request.presenterUserId() != null ? request.presenterUserId()
                            : event.hostId;
                    segment.title = request.title();
                    segment.orderIndex = order;
                    segment.status = Segment.PENDING;
                    segment.createdAt = Times.now();
                    return segments.persist(segment);
                }))
                .map(segment -> SegmentView.of(segment, 0));
    }

    /**
     * Updates a segment; {@code eventId}, when given (legacy route), must be the segment's event. A new
     * {@code order_index} moves it there, and the segment that held that place takes its old one.
     */
    @WithTransaction
    public Uni<SegmentView> update(UUID callerId, UUID eventId, UUID segmentId, SegmentUpdate update) {
        // a move locks the event's segments before anything of them is read (see moveTo)
        Uni<Void> locked = update.orderIndex() != null ? segments.lockEventOf(segmentId)
                : Uni.createFrom().voidItem();
        return locked.chain(() -> access.findForHost(segmentId, callerId))
                .invoke(scoped -> requireEvent(scoped, eventId))
                .chain(scoped -> apply(scoped.segment(), update));
    }

    private Uni<SegmentView> apply(Segment segment, SegmentUpdate update) {
        if (update.presenterName() != null) {
            segment.presenterName = update.presenterName().trim();
        }
        if (update.title() != null) {
            segment.title = update.title();
        }
        if (update.status() != null && !update.status().equals(segment.status)) {
            segment.previousStatus = segment.status;
            segment.status = update.status();
            if (Segment.COMPLETED.equals(update.status())) {
                segment.endedAt = Times.now();
            }
        }
        if (update.previousStatus() != null) {
            segment.previousStatus = update.previousStatus();
        }
        return (update.orderIndex() != null ? moveTo(segment, update.orderIndex()) : Uni.createFrom().voidItem())
                .chain(() -> view(segment));
    }

    /**
     * Puts the segment at {@code place}; the segment that held it takes the moved one's old place (a swap, so a
     * move up or down is one call, and gaps left by deleted segments stay). Each place is unique in the event (a
     * unique index that PostgreSQL checks row by row), so the other segment parks at {@link #PARKING} first: a place
     * no segment ever has (moves stop at 1,000,000, creations count up from the last place), and that no other move
     * uses meanwhile, since the caller holds the lock on the event's segments. Nobody else sees it: it is gone again
     * before the commit.
     */
    private Uni<Void> moveTo(Segment segment, int place) {
        int old = segment.orderIndex;
        if (old == place) {
            return Uni.createFrom().voidItem();
        }
        if (!Segment.KIND_PRESENTER.equals(segment.kind)) {
            return Uni.createFrom().failure(ApiException.conflict("not_movable", "The mega quiz cannot be moved"));
        }
        return segments.atOrderIndex(segment.eventId, place).chain(holder -> {
            if (holder == null) {
                segment.orderIndex = place;
                return Uni.createFrom().voidItem();
            }
            if (!Segment.KIND_PRESENTER.equals(holder.kind)) {
                throw ApiException.conflict("not_movable", "That place belongs to the mega quiz");
            }
            holder.orderIndex = PARKING;
            return segments.flushNow()
                    .invoke(() -> segment.orderIndex = place)
                    .chain(segments::flushNow)
                    .invoke(() -> holder.orderIndex = old);
        });
    }

    @WithTransaction
    public Uni<Void> delete(UUID callerId, UUID eventId, UUID segmentId) {
        return access.findForHost(segmentId, callerId).invoke(scoped -> requireEvent(scoped, eventId))
                .chain(scoped -> segments.delete(scoped.segment()));
    }

    private static void requireEvent(SegmentAccess.Scoped scoped, UUID eventId) {
        if (eventId != null && !eventId.equals(scoped.event().id)) {
            throw ApiException.notFound(SegmentAccess.SEGMENT_NOT_FOUND);
        }
    }

    @WithTransaction
    public Uni<SegmentView> startRecording(UUID callerId, UUID segmentId) {
        return access.findForHostOrPresenter(segmentId, callerId).chain(scoped -> {
            Segment segment = scoped.segment();
            if (Segment.COMPLETED.equals(segment.status) || Segment.QUIZZING.equals(segment.status)) {
                throw ApiException.conflict("invalid_status", "Cannot record a segment that is " + segment.status);
            }
            if (!Segment.RECORDING.equals(segment.status)) {
                segment.status = Segment.RECORDING;
                segment.recordingStartedAt = Times.now();
            }
            return view(segment);
        });
    }

    /** Stops recording; once it commits, the event's sockets are told whether the quiz has questions. */
    public Uni<SegmentView> stopRecording(UUID callerId, UUID segmentId) {
        return markQuizReady(callerId, segmentId);
    }

    @WithTransaction
    Uni<SegmentView> markQuizReady(UUID callerId, UUID segmentId) {
        return access.findForHostOrPresenter(segmentId, callerId).chain(scoped -> {
            Segment segment = scoped.segment();
            if (Segment.COMPLETED.equals(segment.status) || Segment.QUIZZING.equals(segment.status)) {
                throw ApiException.conflict("invalid_status",
                        "Cannot stop recording a segment that is " + segment.status);
            }
            segment.status = Segment.QUIZ_READY;
            segment.recordingEndedAt = Times.now();
            return view(segment);
        }).call(view -> view.questionCount() > 0 ? stopped(view)
                // no questions yet, but the talk's audio waits for its job: the quiz is being prepared
                : generation.pending(view.id()).chain(pending -> pending
                        ? notices.publish(new LiveNotice.QuizGenerating(view.eventId(), view.id(), view.title(),
                                view.presenterName()))
                        : stopped(view)));
    }

    private Uni<Void> stopped(SegmentView view) {
        return notices.publish(new LiveNotice.RecordingStopped(view.eventId(), view.id(), view.title(),
                view.presenterName(), view.questionCount()));
    }

    @WithTransaction
    public Uni<SegmentView> complete(UUID callerId, UUID segmentId) {
        return access.findForHost(segmentId, callerId).chain(scoped -> {
            Segment segment = scoped.segment();
            if (!Segment.COMPLETED.equals(segment.status)) {
                segment.previousStatus = segment.status;
                segment.status = Segment.COMPLETED;
                segment.endedAt = Times.now();
            }
            return view(segment);
        });
    }

    /** As for events: the status before completion comes back, {@code previous_status} is then null. */
    @WithTransaction
    public Uni<Resumed<SegmentView>> resume(UUID callerId, UUID segmentId) {
        return access.findForHost(segmentId, callerId).chain(scoped -> {
            Segment segment = scoped.segment();
            Instant now = Times.now();
            ResumeRules.check(segment.resumedAt, now,
                    Segment.COMPLETED.equals(segment.status) && segment.previousStatus != null,
                    "a completed segment with a previous status");
            segment.status = segment.previousStatus;
            segment.previousStatus = null;
            segment.endedAt = null;
            segment.resumedAt = now;
            return view(segment).chain(view -> participants.countPlayers(scoped.event().id)
                    .map(count -> new Resumed<>(view, count == 0)));
        });
    }

    @WithTransaction
    public Uni<SegmentView> clearResume(UUID callerId, UUID segmentId) {
        return access.findForHost(segmentId, callerId).chain(scoped -> {
            scoped.segment().previousStatus = null;
            return view(scoped.segment());
        });
    }

    private Uni<SegmentView> view(Segment segment) {
        return questions.countBySegment(segment.id).map(count -> SegmentView.of(segment, count));
    }
}
