package io.quizcast.game.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.common.EventStatus;
import io.quizcast.common.json.Times;
import io.quizcast.event.Event;
import io.quizcast.event.repository.EventRepository;
import io.quizcast.game.GameState;
import io.quizcast.game.core.Round;
import io.quizcast.game.core.RoundQuestion;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.participant.Participant;
import io.quizcast.participant.repository.ParticipantRepository;
import io.quizcast.question.Question;
import io.quizcast.question.QuestionType;
import io.quizcast.question.repository.QuestionRepository;
import io.quizcast.question.repository.QuestionRepository.QuestionCounts;
import io.quizcast.segment.Segment;
import io.quizcast.segment.repository.SegmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Rounds: which one runs, its questions with their answer orders, opening them, and the segment's and event's end. */
@ApplicationScoped
public class RoundStore {

    private final EventRepository events;
    private final SegmentRepository segments;
    private final QuestionRepository questions;
    private final ParticipantRepository participants;
    private final SqlValues values;
    private final GameStateRepository states;
    private final Random random = new SecureRandom();

    RoundStore(EventRepository events, SegmentRepository segments, QuestionRepository questions,
            ParticipantRepository participants, SqlValues values, GameStateRepository states) {
        this.states = states;
        this.events = events;
        this.segments = segments;
        this.questions = questions;
        this.participants = participants;
        this.values = values;
    }

    /**
     * The segment start_game means: the given one, else the newest not completed that has questions (the contract's
     * default, for the old client's flow); null when none is waiting.
     */
    @WithSession
    public Uni<Segment> segmentToStart(UUID eventId, UUID requested) {
        if (requested != null) {
            return segments.findById(requested).map(s -> {
                if (s == null || !s.eventId.equals(eventId) || !Segment.KIND_PRESENTER.equals(s.kind)) {
                    throw new GameException(ErrorCodes.NOT_FOUND, "Round not found");
                }
                if (Segment.COMPLETED.equals(s.status)) {
                    // a console with an old list must not carry on a round that was ended: resume_segment reopens it
                    throw new GameException(ErrorCodes.INVALID_PHASE,
                            "This round is over; the host can reopen it (resume_segment) to play it again");
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
                            return null;
                        }));
    }

    /**
     * Prepares a segment's round: shuffles each question's answers once (stored, so everyone and every
     * reconnect sees the same order), marks the segment quizzing and the event active.
     */
    @WithTransaction
    public Uni<Round> startSegmentRound(Event event, Segment segment) {
        return questions.listBySegment(segment.id).chain(own -> {
            if (own.isEmpty()) {
                throw new GameException(ErrorCodes.NOT_FOUND, "This round has no questions");
            }
            return distractors(event.id).chain(pool -> {
                List<RoundQuestion> round = new ArrayList<>(own.size());
                for (int i = 0; i < own.size(); i++) {
                    round.add(roundQuestion(segment.id, i, own.get(i), event, pool));
                }
                // only the columns the game owns: a REST change made meanwhile (say join_locked) stays
                return segments.update("status = ?1, quizStartedAt = coalesce(quizStartedAt, ?2) where id = ?3",
                        Segment.QUIZZING, Times.now(), segment.id)
                        .chain(() -> events.update("status = ?1 where id = ?2 and status = ?3", EventStatus.ACTIVE,
                                event.id,
                                EventStatus.WAITING))
                        .replaceWith(new Round(segment.id, Round.Kind.PRESENTER,
                                Round.titleOr(segment.title, segment.orderIndex), segment.presenterName,
                                segment.presenterUserId, round));
            });
        }).call(round -> saveRound(round.segmentId(), round.questions()));
    }

    /** The mega quiz: {@code count} questions drawn at random from the completed segments, as a round of its own. */
    @WithTransaction
    public Uni<Round> startMegaRound(Event event, int count) {
        return segments.listByEvent(event.id).chain(list -> {
            List<UUID> done = list.stream().filter(s -> Segment.COMPLETED.equals(s.status)).map(s -> s.id).toList();
            return questions.listBySegments(done);
        }).chain(all -> distractors(event.id).chain(pool -> segments.nextOrderIndex(event.id).chain(order -> {
            // a poll has no right answer: nothing to win in the final quiz
            List<Question> drawn = new ArrayList<>(all.stream()
                    .filter(q -> QuestionType.of(q.questionType).scored()).toList());
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
                round.add(roundQuestion(mega.id, i, drawn.get(i), event, pool));
            }
            // flushed now: the round's questions refer to it in the same transaction
            return segments.persistAndFlush(mega)
                    .replaceWith(new Round(mega.id, Round.Kind.MEGA, mega.title, mega.presenterName,
                            mega.presenterUserId, round));
        }))).call(round -> saveRound(round.segmentId(), round.questions()));
    }

    /**
     * Whether every round with questions is completed (a round left without questions never holds the event back),
     * how many questions those rounds offer to a mega quiz, and whether the event has a single such round.
     */
    @WithSession
    public Uni<RoundsLeft> roundsLeft(UUID eventId) {
        return segments.listByEvent(eventId).chain(list -> {
            List<UUID> ids = list.stream().map(s -> s.id).toList();
            return questions.countsBySegments(ids).map(counts -> {
                int played = 0;
                int waiting = 0;
                int empty = 0;
                long available = 0;
                for (Segment s : list) {
                    QuestionCounts count = counts.getOrDefault(s.id, NONE);
                    if (Segment.KIND_MEGA.equals(s.kind)) {
                        continue;
                    }
                    if (count.all() == 0) {
                        if (!Segment.COMPLETED.equals(s.status)) {
                            empty++;
                        }
                        continue;
                    }
                    if (Segment.COMPLETED.equals(s.status)) {
                        played++;
                        available += count.scored();
                    } else {
                        waiting++;
                    }
                }
                return new RoundsLeft(played > 0 && waiting == 0, (int) available, played + waiting == 1, empty);
            });
        });
    }

    private static final QuestionCounts NONE = new QuestionCounts(0, 0);

    /**
     * What {@link #roundsLeft} found: whether every round with questions was played, the questions the mega quiz
     * may draw, whether one round has questions, and the rounds still to come without questions (talks to come).
     */
    public record RoundsLeft(boolean allPlayed, int megaQuestions, boolean singleRound, int emptyToCome) {
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
            if (e != null && !EventStatus.FINISHED.equals(e.status)) {
                e.previousStatus = e.status;
                e.status = EventStatus.FINISHED;
                e.endedAt = Times.now();
            }
        }).replaceWithVoid();
    }

    /**
     * Opens a question in one transaction: the participants who joined since {@code since} (returned, for the
     * room), the question marked open, the players waiting for a question activated, the live state stored.
     */
    @WithTransaction
    public Uni<List<Participant>> openQuestion(UUID eventId, UUID segmentId, int position, Instant openedAt,
            Instant since, GameState state) {
        Uni<List<Participant>> newcomers = since == null
                ? participants.list("eventId = ?1 and removedAt is null order by joinedAt", eventId)
                : participants.list("eventId = ?1 and joinedAt >= ?2 and removedAt is null order by joinedAt",
                        eventId, since);
        return newcomers.call(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                UPDATE round_questions SET opened_at = :at WHERE segment_id = :seg AND position = :pos""")
                .setParameter("at", openedAt).setParameter("seg", segmentId).setParameter("pos", position)
                .executeUpdate()
                .chain(() -> s.createNativeQuery("""
                        UPDATE event_participants SET join_status = 'active'
                        WHERE event_id = :e AND join_status = 'waiting_for_segment'""")
                        .setParameter("e", eventId).executeUpdate())))
                .call(() -> states.write(state));
    }

    /** The stored questions of a round (text and correct answer joined in), in play order. */
    @WithSession
    public Uni<StoredRound> loadRound(UUID segmentId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(ROUND_QUESTIONS + "r.segment_id = :seg"
                + ROUND_ORDER, Object[].class)
                .setParameter("seg", segmentId)
                .getResultList())
                .map(rows -> storedRound(segmentId, rows));
    }

    /** The columns of {@link #storedRound}, to be followed by the condition on {@code r} (round_questions). */
    static final String ROUND_QUESTIONS = """
            SELECT r.position, r.question_id, q.question_text, q.correct_answer,
                   array_to_json(r.answers)::text, r.time_limit_s, r.opened_at, r.zero_filled_at,
                   q.question_type, array_to_json(q.correct_answers)::text, q.slider_min, q.slider_max,
                   q.slider_step, q.slider_tolerance, q.typo_tolerance, q.points_mode, q.explanation, q.image_id
            FROM round_questions r JOIN questions q ON q.id = r.question_id
            WHERE\s""";
    static final String ROUND_ORDER = " ORDER BY r.position";

    /** A round's stored questions from the rows of {@link #ROUND_QUESTIONS} (the ORM's or the plain pool's). */
    StoredRound storedRound(UUID segmentId, List<Object[]> rows) {
        List<StoredRound.Question> list = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Question q = new Question();
            q.id = (UUID) r[1];
            q.questionText = (String) r[2];
            q.correctAnswer = (String) r[3];
            q.questionType = (String) r[8];
            q.correctAnswers = values.stringList((String) r[9]);
            q.sliderMin = SqlValues.decimal(r[10]);
            q.sliderMax = SqlValues.decimal(r[11]);
            q.sliderStep = SqlValues.decimal(r[12]);
            q.sliderTolerance = SqlValues.decimal(r[13]);
            q.typoTolerance = ((Number) r[14]).shortValue();
            q.pointsMode = (String) r[15];
            q.explanation = (String) r[16];
            q.imageId = (UUID) r[17];
            // the time limit the round was started with: the question's own or the event's of then
            q.timeLimitSeconds = ((Number) r[5]).intValue();
            list.add(new StoredRound.Question(RoundQuestions.played(segmentId, ((Number) r[0]).intValue(),
                    q, values.stringList((String) r[4]), q.timeLimitSeconds),
                    SqlValues.instant(r[6]), SqlValues.instant(r[7])));
        }
        return new StoredRound(list);
    }

    /** Writes the questions of a round with their answer orders (a resumed round keeps the ones it has). */
    private Uni<Void> saveRound(UUID segmentId, List<RoundQuestion> questions) {
        return Panache.getSession().chain(s -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (RoundQuestion q : questions) {
                chain = chain.chain(() -> s.createNativeQuery("""
                        INSERT INTO round_questions (segment_id, position, question_id, answers, time_limit_s)
                        VALUES (:seg, :pos, :q,
                                ARRAY(SELECT jsonb_array_elements_text(cast(cast(:answers AS text) AS jsonb))), :limit)
                        ON CONFLICT (segment_id, position) DO NOTHING""")
                        .setParameter("seg", segmentId).setParameter("pos", q.position())
                        .setParameter("q", q.questionId()).setParameter("answers", values.json(q.answers()))
                        .setParameter("limit", q.timeLimitSeconds())
                        .executeUpdate());
            }
            return chain;
        }).replaceWithVoid();
    }

    private Uni<List<String>> distractors(UUID eventId) {
        return segments.listByEvent(eventId)
                .chain(list -> questions.listBySegments(list.stream().map(s -> s.id).toList()))
                // a single question's made-up wrong answers come from the other single questions' correct answers
                .map(all -> all.stream().filter(q -> q.type() == QuestionType.SINGLE).map(q -> q.correctAnswer)
                        .distinct().toList());
    }

    private RoundQuestion roundQuestion(UUID segmentId, int position, Question q, Event event, List<String> pool) {
        List<String> others = pool.stream().filter(a -> !a.equals(q.correctAnswer)).toList();
        // unshuffled: drawn once from the question itself, so every play of it (a replay, the mega quiz) shows the
        // same order
        Random draw = event.shuffleAnswers ? random
                : new Random(q.id.getMostSignificantBits() ^ q.id.getLeastSignificantBits());
        List<String> answers = RoundQuestions.offered(q, event.numFakeAnswers, others, draw);
        return RoundQuestions.played(segmentId, position, q, answers, event.timePerQuestion);
    }
}
