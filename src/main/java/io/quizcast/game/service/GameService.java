package io.quizcast.game.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.account.User;
import io.quizcast.common.json.Times;
import io.quizcast.common.security.Caller;
import io.quizcast.event.Event;
import io.quizcast.event.repository.EventRepository;
import io.quizcast.game.GameState;
import io.quizcast.game.hub.RoundQuestion;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.participant.DeviceIds;
import io.quizcast.participant.Participant;
import io.quizcast.participant.repository.ParticipantRepository;
import io.quizcast.participant.service.JoinService;
import io.quizcast.question.Question;
import io.quizcast.question.repository.QuestionRepository;
import io.quizcast.segment.Segment;
import io.quizcast.segment.repository.SegmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The live game's entity work: who joins, which round runs, segment and event lifecycle, the stored state. */
@ApplicationScoped
public class GameService {

    private final EventRepository events;
    private final SegmentRepository segments;
    private final QuestionRepository questions;
    private final ParticipantRepository participants;
    private final JoinService joins;
    private final GameStore store;
    private final Random random = new SecureRandom();

    GameService(EventRepository events, SegmentRepository segments, QuestionRepository questions,
            ParticipantRepository participants, JoinService joins, GameStore store) {
        this.events = events;
        this.segments = segments;
        this.questions = questions;
        this.participants = participants;
        this.joins = joins;
        this.store = store;
    }

    @WithSession
    public Uni<Event> event(UUID eventId) {
        return events.findById(eventId);
    }

    /** The participants who joined since {@code since} (all of them when null), by join time. */
    @WithSession
    public Uni<List<Participant>> participantsSince(UUID eventId, java.time.Instant since) {
        return since == null ? participants.list("eventId = ?1 order by joinedAt", eventId)
                : participants.list("eventId = ?1 and joinedAt >= ?2 order by joinedAt", eventId, since);
    }

    /**
     * Opens a question in one transaction: the participants who joined since {@code since} (returned, for the
     * room), the question marked open, the players waiting for a question activated, the live state stored.
     */
    @WithTransaction
    public Uni<List<Participant>> openQuestion(UUID eventId, UUID segmentId, int index, java.time.Instant openedAt,
            java.time.Instant since, GameState state) {
        return participantsSince(eventId, since)
                .call(() -> store.openQuestion(eventId, segmentId, index, openedAt))
                .call(() -> saveState(state));
    }

    /** A participant by id, read without a transaction (a session socket's join). */
    @WithSession
    public Uni<Participant> participant(UUID participantId) {
        return participants.findById(participantId);
    }

    @WithSession
    public Uni<GameState> state(UUID eventId) {
        return GameState.findById(eventId);
    }

    @WithSession
    public Uni<Segment> segment(UUID segmentId) {
        return segments.findById(segmentId);
    }

    /**
     * The participant a socket speaks for. An account is mapped to its participant in the event, created when
     * missing (display name from the account, made unique; the host is marked and does not play).
     */
    @WithTransaction
    public Uni<Participant> resolve(Event event, Caller caller) {
        if (caller instanceof Caller.Session session) {
            return participants.findById(session.participantId());
        }
        UUID userId = ((Caller.Account) caller).userId();
        return participants.findByAccount(event.id, userId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            return User.<User>findById(userId).chain(user -> {
                if (user == null) {
                    throw new GameException(ErrorCodes.FORBIDDEN, "Account no longer exists");
                }
                boolean host = event.isHostedBy(userId);
                return joins
                        .create(event, DeviceIds.ofAccount(userId), user.displayName, user.avatarUrl, user.avatarType,
                                userId, host, !host)
                        .map(JoinService.Joined::participant);
            });
        });
    }

    /** The segment start_game means: the given one, else the newest not completed that has questions. */
    @WithSession
    public Uni<Segment> segmentToStart(UUID eventId, UUID requested) {
        if (requested != null) {
            return segments.findById(requested).map(s -> {
                if (s == null || !s.eventId.equals(eventId) || !Segment.KIND_PRESENTER.equals(s.kind)) {
                    throw new GameException(ErrorCodes.NOT_FOUND, "Segment not found");
                }
                return s;
            });
        }
        return segments.listByEvent(eventId)
                .chain(list -> questions.countBySegments(list.stream().map(s -> s.id).toList())
                        .map(counts -> {
                            for (int i = list.size() - 1; i >= 0; i--) {
                                Segment s = list.get(i);
                                if (!Segment.COMPLETED.equals(s.status) && counts.getOrDefault(s.id, 0L) > 0) {
                                    return s;
                                }
                            }
                            throw new GameException(ErrorCodes.NOT_FOUND,
                                    "No segment with questions is waiting to start");
                        }));
    }

    /**
     * Prepares a segment's round: shuffles each question's answers once (stored, so everyone and every
     * reconnect sees the same order), marks the segment quizzing and the event active.
     */
    @WithTransaction
    public Uni<RoundPlan> startSegmentRound(Event event, Segment segment) {
        return questions.listBySegment(segment.id).chain(own -> {
            if (own.isEmpty()) {
                throw new GameException(ErrorCodes.NOT_FOUND, "This segment has no questions");
            }
            return distractors(event.id).chain(pool -> {
                List<RoundQuestion> round = new ArrayList<>(own.size());
                for (int i = 0; i < own.size(); i++) {
                    round.add(roundQuestion(i, own.get(i), event, pool));
                }
                // only the columns the game owns: a REST change made meanwhile (say join_locked) stays
                return segments.update("status = ?1, quizStartedAt = coalesce(quizStartedAt, ?2) where id = ?3",
                        Segment.QUIZZING, Times.now(), segment.id)
                        .chain(() -> events.update("status = ?1 where id = ?2 and status = ?3", Event.ACTIVE, event.id,
                                Event.WAITING))
                        .replaceWith(new RoundPlan(segment.id, segment.kind, title(segment), segment.presenterName,
                                segment.presenterUserId, round));
            });
        }).call(plan -> store.saveRound(plan.segmentId(), plan.questions()));
    }

    /** The mega quiz: {@code count} questions drawn at random from the completed segments, as a round of its own. */
    @WithTransaction
    public Uni<RoundPlan> startMegaRound(Event event, int count) {
        return segments.listByEvent(event.id).chain(list -> {
            List<UUID> done = list.stream().filter(s -> Segment.COMPLETED.equals(s.status)).map(s -> s.id).toList();
            return questions.listBySegments(done);
        }).chain(all -> distractors(event.id).chain(pool -> segments.nextOrderIndex(event.id).chain(order -> {
            List<Question> drawn = new ArrayList<>(all);
            Collections.shuffle(drawn, random);
            drawn = drawn.subList(0, Math.min(count, drawn.size()));
            if (drawn.isEmpty()) {
                throw new GameException(ErrorCodes.NOT_FOUND, "No questions to draw the mega quiz from");
            }
            Segment mega = new Segment();
            mega.id = UUID.randomUUID();
            mega.eventId = event.id;
            mega.kind = Segment.KIND_MEGA;
            mega.presenterName = "Mega Quiz";
            mega.presenterUserId = event.hostId;
            mega.title = "Mega Quiz";
            mega.orderIndex = order;
            mega.status = Segment.QUIZZING;
            mega.quizStartedAt = Times.now();
            mega.createdAt = mega.quizStartedAt;
            List<RoundQuestion> round = new ArrayList<>(drawn.size());
            for (int i = 0; i < drawn.size(); i++) {
                round.add(roundQuestion(i, drawn.get(i), event, pool));
            }
            // flushed now: the round's questions refer to it in the same transaction
            return segments.persistAndFlush(mega)
                    .replaceWith(new RoundPlan(mega.id, mega.kind, mega.title, mega.presenterName,
                            mega.presenterUserId, round));
        }))).call(plan -> store.saveRound(plan.segmentId(), plan.questions()));
    }

    /** How many questions the completed segments offer to a mega quiz, and how many segments there are. */
    @WithSession
    public Uni<int[]> megaAvailability(UUID eventId) {
        return segments.listByEvent(eventId).chain(list -> {
            List<UUID> done = list.stream().filter(s -> Segment.COMPLETED.equals(s.status)).map(s -> s.id).toList();
            boolean allDone = !list.isEmpty() && done.size() == list.size();
            return questions.countBySegments(done).map(counts -> new int[]{
                    (int) counts.values().stream().mapToLong(Long::longValue).sum(), list.size(), allDone ? 1 : 0});
        });
    }

    @WithTransaction
    public Uni<Void> completeSegment(UUID segmentId) {
        return segments.findById(segmentId).invoke(s -> {
            if (s != null && !Segment.COMPLETED.equals(s.status)) {
                s.previousStatus = s.status;
                s.status = Segment.COMPLETED;
                s.endedAt = Times.now();
            }
        }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Void> finishEvent(UUID eventId) {
        return events.findById(eventId).invoke(e -> {
            if (e != null && !Event.FINISHED.equals(e.status)) {
                e.previousStatus = e.status;
                e.status = Event.FINISHED;
                e.endedAt = Times.now();
            }
        }).replaceWithVoid();
    }

    /** Writes the live state (upsert by event). */
    @WithTransaction
    public Uni<Void> saveState(GameState state) {
        state.updatedAt = Times.now();
        return GameState.getSession().chain(s -> s.merge(state)).replaceWithVoid();
    }

    /** The presenters' segments of an event, in order (for winners and presenter rotation). */
    @WithSession
    public Uni<List<Segment>> segmentsOf(UUID eventId) {
        return segments.listByEvent(eventId);
    }

    private Uni<List<String>> distractors(UUID eventId) {
        return segments.listByEvent(eventId)
                .chain(list -> questions.listBySegments(list.stream().map(s -> s.id).toList()))
                .map(all -> all.stream().map(q -> q.correctAnswer).distinct().toList());
    }

    private RoundQuestion roundQuestion(int position, Question q, Event event, List<String> pool) {
        List<String> others = pool.stream().filter(a -> !a.equals(q.correctAnswer)).toList();
        List<String> answers = AnswerOptions.build(q.correctAnswer, q.fakeAnswers, event.numFakeAnswers, others,
                random);
        return new RoundQuestion(position, q.id, q.questionText, q.correctAnswer, answers, event.timePerQuestion);
    }

    private static String title(Segment s) {
        return s.title != null && !s.title.isBlank() ? s.title : "Segment " + (s.orderIndex + 1);
    }
}
