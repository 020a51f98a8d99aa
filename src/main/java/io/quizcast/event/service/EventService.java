package io.quizcast.event.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.common.EventStatus;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.error.ResumeRules;
import io.quizcast.common.http.Resumed;
import io.quizcast.common.json.Times;
import io.quizcast.common.notify.LiveNotice;
import io.quizcast.common.notify.LiveNotices;
import io.quizcast.common.security.Randomness;
import io.quizcast.event.Event;
import io.quizcast.event.EventCreate;
import io.quizcast.event.EventUpdate;
import io.quizcast.event.repository.EventRepository;
import io.quizcast.image.repository.ImageStore;
import io.quizcast.participant.repository.ParticipantRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Event rules: creation with a unique join code, settings, the complete/resume lifecycle. */
@ApplicationScoped
public class EventService {

    private static final int JOIN_CODE_ATTEMPTS = 8;
    private static final String JOIN_CODE_INDEX = "events_join_code_key";
    private static final String COPY_SUFFIX = " (copy)";
    private static final int TITLE_MAX = 255;

    private final EventRepository events;
    private final EventAccess access;
    private final ParticipantRepository participants;
    private final Randomness randomness;
    private final EventCopies copies;
    private final ImageStore images;

    private final LiveNotices notices;

    EventService(EventRepository events, EventAccess access, ParticipantRepository participants,
            Randomness randomness, EventCopies copies, LiveNotices notices, ImageStore images) {
        this.events = events;
        this.images = images;
        this.access = access;
        this.participants = participants;
        this.randomness = randomness;
        this.copies = copies;
        this.notices = notices;
    }

    /** A new event of the caller's with the source's settings, rounds and questions, under a new join code. */
    public Uni<Event> duplicate(UUID callerId, UUID sourceId) {
        return withFreshJoinCode(joinCode -> copy(callerId, sourceId, joinCode), 1);
    }

    @WithTransaction
    Uni<Event> copy(UUID callerId, UUID sourceId, String joinCode) {
        return access.findHosted(sourceId, callerId).chain(source -> {
            Event event = new Event();
            event.id = UUID.randomUUID();
            event.hostId = callerId;
            String title = source.title + COPY_SUFFIX;
            event.title = title.length() <= TITLE_MAX ? title : source.title;
            event.description = source.description;
            event.joinCode = joinCode;
            event.mode = source.mode;
            event.status = EventStatus.WAITING;
            event.numFakeAnswers = source.numFakeAnswers;
            event.timePerQuestion = source.timePerQuestion;
            event.questionsToGenerate = source.questionsToGenerate;
            event.questionGenIntervalSeconds = source.questionGenIntervalSeconds;
            event.singleSegmentMode = source.singleSegmentMode;
            event.readingTime = source.readingTime;
            event.autoReveal = source.autoReveal;
            event.autoAdvance = source.autoAdvance;
            event.streakBonus = source.streakBonus;
            event.shuffleAnswers = source.shuffleAnswers;
            event.blockedWords = source.blockedWords;
            event.theme = source.theme;
            event.createdAt = Times.now();
            return events.persistAndFlush(event)
                    .call(() -> copies.copyContent(source.id, event.id, source.logoImageId))
                    // the copy's logo was set in SQL: the answer carries it
                    .call(() -> source.logoImageId == null ? Uni.createFrom().voidItem()
                            : events.getSession().chain(s -> s.refresh(event)));
        });
    }

    public Uni<Event> create(UUID hostId, EventCreate request) {
        return withFreshJoinCode(joinCode -> insert(hostId, request, joinCode), 1);
    }

    /** Inserts under a random join code, drawn again when another event took it meanwhile (the unique index says). */
    private Uni<Event> withFreshJoinCode(Function<String, Uni<Event>> insert, int attempt) {
        return insert.apply(randomness.joinCode(JoinCodes.LENGTH))
                .onFailure(f -> attempt < JOIN_CODE_ATTEMPTS && DatabaseFailures.isUniqueViolation(f, JOIN_CODE_INDEX))
                .recoverWithUni(() -> withFreshJoinCode(insert, attempt + 1));
    }

    @WithTransaction
    Uni<Event> insert(UUID hostId, EventCreate request, String joinCode) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.hostId = hostId;
        event.title = request.title().trim();
        event.description = request.description();
        event.joinCode = joinCode;
        event.mode = request.mode() != null ? request.mode() : "listen_only";
        event.status = EventStatus.WAITING;
        event.numFakeAnswers = request.numFakeAnswers() != null ? request.numFakeAnswers() : 3;
        event.timePerQuestion = request.timePerQuestion() != null ? request.timePerQuestion() : 30;
        event.questionsToGenerate = request.questionsToGenerate() != null ? request.questionsToGenerate() : 5;
        event.questionGenIntervalSeconds = request.questionGenIntervalSeconds();
        event.singleSegmentMode = request.singleSegmentMode() != null ? request.singleSegmentMode() : "remix";
        event.readingTime = request.readingTime() != null ? request.readingTime() : 0;
        event.autoReveal = Boolean.TRUE.equals(request.autoReveal());
        event.autoAdvance = request.autoAdvance() != null ? request.autoAdvance() : 0;
        event.streakBonus = Boolean.TRUE.equals(request.streakBonus());
        event.shuffleAnswers = request.shuffleAnswers() == null || request.shuffleAnswers();
        event.blockedWords = blockedWords(request.blockedWords());
        if (request.theme() != null) {
            event.theme = request.theme();
        }
        event.createdAt = Times.now();
        return events.persist(event);
    }

    @WithSession
    public Uni<List<Event>> listHostedBy(UUID hostId) {
        return events.listHostedBy(hostId);
    }

    @WithSession
    public Uni<List<Event>> listPresentedBy(UUID accountId) {
        return events.listPresentedBy(accountId);
    }

    @WithSession
    public Uni<Event> get(UUID eventId) {
        return access.find(eventId);
    }

    @WithTransaction
    public Uni<Event> update(UUID callerId, UUID eventId, EventUpdate update) {
        return access.findHosted(eventId, callerId).call(event -> requireOwnImage(event, update))
                .invoke(event -> {
                    if (update.title() != null) {
                        event.title = update.title().trim();
                    }
                    if (update.description() != null) {
                        event.description = update.description();
                    }
                    if (update.mode() != null) {
                        event.mode = update.mode();
                    }
                    if (update.numFakeAnswers() != null) {
                        event.numFakeAnswers = update.numFakeAnswers();
                    }
                    if (update.timePerQuestion() != null) {
                        event.timePerQuestion = update.timePerQuestion();
                    }
                    if (update.questionsToGenerate() != null) {
                        event.questionsToGenerate = update.questionsToGenerate();
                    }
                    if (update.questionGenIntervalSeconds() != null) {
                        event.questionGenIntervalSeconds = update.questionGenIntervalSeconds().orElse(null);
                    }
                    if (update.singleSegmentMode() != null) {
                        event.singleSegmentMode = update.singleSegmentMode();
                    }
                    if (update.readingTime() != null) {
                        event.readingTime = update.readingTime();
                    }
                    if (update.autoReveal() != null) {
                        event.autoReveal = update.autoReveal();
                    }
                    if (update.autoAdvance() != null) {
                        event.autoAdvance = update.autoAdvance();
                    }
                    if (update.streakBonus() != null) {
                        event.streakBonus = update.streakBonus();
                    }
                    if (update.blockedWords() != null) {
                        event.blockedWords = blockedWords(update.blockedWords());
                    }
                    if (update.shuffleAnswers() != null) {
                        event.shuffleAnswers = update.shuffleAnswers();
                    }
                    if (update.theme() != null) {
                        event.theme = update.theme();
                    }
                    if (update.logoImageId() != null) {
                        event.logoImageId = update.logoImageId().orElse(null);
                    }
                    if (update.status() != null && !update.status().equals(event.status)) {
                        event.previousStatus = event.status;
                        event.status = update.status();
                        event.endedAt = EventStatus.FINISHED.equals(update.status()) ? Times.now() : null;
                    }
                });
    }

    /** A logo must be an image uploaded to the event itself (422 on {@code logo_image_id} otherwise). */
    private Uni<Void> requireOwnImage(Event event, EventUpdate update) {
        if (update.logoImageId() == null || update.logoImageId().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID logo = update.logoImageId().get();
        return images.ofEvent(event.id, List.of(logo)).invoke(found -> {
            if (found.isEmpty()) {
                throw ApiException.invalid("logo_image_id", "is not an image of this event");
            }
        }).replaceWithVoid();
    }

    /** Deletes the event with everything in it; its live sockets are closed once the deletion committed. */
    public Uni<Void> delete(UUID callerId, UUID eventId) {
        return deleteHosted(callerId, eventId);
    }

    @WithTransaction
    Uni<Void> deleteHosted(UUID callerId, UUID eventId) {
        return access.findHosted(eventId, callerId).chain(events::delete)
                .call(() -> notices.publish(new LiveNotice.EventDeleted(eventId)));
    }

    @WithTransaction
    public Uni<Event> complete(UUID callerId, UUID eventId) {
        return access.findHosted(eventId, callerId).invoke(event -> {
            if (!EventStatus.FINISHED.equals(event.status)) {
                event.previousStatus = event.status;
                event.status = EventStatus.FINISHED;
                event.endedAt = Times.now();
            }
        });
    }

    /** Restores the status the event had before it finished; {@code previous_status} is then null (contract). */
    @WithTransaction
    public Uni<Resumed<Event>> resume(UUID callerId, UUID eventId) {
        return access.findHosted(eventId, callerId).chain(event -> {
            Instant now = Times.now();
            ResumeRules.check(event.resumedAt, now,
                    EventStatus.FINISHED.equals(event.status) && event.previousStatus != null,
                    "a finished event with a previous status");
            event.status = event.previousStatus;
            event.previousStatus = null;
            event.endedAt = null;
            event.resumedAt = now;
            return participants.countPlayers(event.id).map(count -> new Resumed<>(event, count == 0));
        });
    }

    @WithTransaction
    public Uni<Event> clearResume(UUID callerId, UUID eventId) {
        return access.findHosted(eventId, callerId).invoke(event -> event.previousStatus = null);
    }

    /** Trimmed, without blanks or repeats. */
    private static List<String> blockedWords(List<String> words) {
        return words == null ? List.of()
                : words.stream().filter(w -> w != null && !w.isBlank()).map(String::trim).distinct().toList();
    }
}
