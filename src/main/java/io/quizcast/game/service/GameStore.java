package io.quizcast.game.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.game.hub.RoundQuestion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The live game's writes and set-based reads, each in its own Hibernate Reactive transaction. Totals are
 * only ever changed together with the answer row they come from, so they always equal the sum of the rows.
 */
@ApplicationScoped
public class GameStore {

    private final ObjectMapper json;

    GameStore(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Stores a batch of accepted answers (at most one per player and round) and adds each to its segment score
     * and its event total, in one statement of one transaction: the group commit of the answers that arrived
     * together. A row that already exists (the player's answer stored before) is skipped and adds nothing.
     * Returns the players whose answers were stored.
     */
    @WithTransaction
    public Uni<Set<UUID>> recordAnswers(List<AnswerRow> rows) {
        List<Map<String, Object>> batch = new ArrayList<>(rows.size());
        for (AnswerRow r : rows) {
            Map<String, Object> row = new HashMap<>();
            row.put("segment_id", r.segmentId().toString());
            row.put("question_id", r.questionId().toString());
            row.put("participant_id", r.participantId().toString());
            row.put("selected_answer", r.selectedAnswer());
            row.put("is_correct", r.correct());
            row.put("response_time_ms", r.responseTimeMs());
            row.put("points", r.points());
            row.put("counted_ms", r.countedTimeMs());
            batch.add(row);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                WITH batch AS (
                    SELECT * FROM jsonb_to_recordset(cast(cast(:rows AS text) AS jsonb))
                        AS r(segment_id uuid, question_id uuid, participant_id uuid, selected_answer text,
                             is_correct boolean, response_time_ms int, points int, counted_ms int)),
                stored AS (
                    INSERT INTO answers (id, segment_id, question_id, participant_id, selected_answer, is_correct,
                                         response_time_ms, points, answered_at)
                    SELECT gen_random_uuid(), segment_id, question_id, participant_id, selected_answer, is_correct,
                           response_time_ms, points, now()
                    FROM batch
                    ON CONFLICT DO NOTHING
                    RETURNING segment_id, participant_id, question_id),
                counted AS (
                    SELECT b.* FROM batch b JOIN stored s USING (segment_id, participant_id, question_id)),
                segment_score AS (
                    INSERT INTO segment_scores (id, segment_id, participant_id, score, questions_answered,
                                                questions_correct, total_response_time_ms)
                    SELECT gen_random_uuid(), segment_id, participant_id, points, 1,
                           CASE WHEN is_correct THEN 1 ELSE 0 END, counted_ms
                    FROM counted
                    ON CONFLICT (segment_id, participant_id) DO UPDATE SET
                        score = segment_scores.score + EXCLUDED.score,
                        questions_answered = segment_scores.questions_answered + 1,
                        questions_correct = segment_scores.questions_correct + EXCLUDED.questions_correct,
                        total_response_time_ms = segment_scores.total_response_time_ms
                                                 + EXCLUDED.total_response_time_ms),
                total AS (
                    UPDATE event_participants p
                    SET total_score = p.total_score + c.points,
                        total_response_time_ms = p.total_response_time_ms + c.counted_ms
                    FROM counted c
                    WHERE p.id = c.participant_id
                    RETURNING p.id)
                SELECT cast(id AS text) FROM total""", String.class)
                .setParameter("rows", jsonRows(batch))
                .getResultList())
                .map(ids -> {
                    Set<UUID> stored = new HashSet<>(ids.size() * 2);
                    for (String id : ids) {
                        stored.add(UUID.fromString(id));
                    }
                    return stored;
                });
    }

    /**
     * Counts every listed player who did not answer as answered with 0 points, once per question (the
     * round_questions.zero_filled_at mark makes a second call a no-op).
     */
    @WithTransaction
    public Uni<Void> zeroFill(UUID segmentId, int position, UUID questionId, Collection<UUID> participantIds) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                UPDATE round_questions SET zero_filled_at = now()
                WHERE segment_id = :seg AND position = :pos AND zero_filled_at IS NULL""")
                .setParameter("seg", segmentId).setParameter("pos", position)
                .executeUpdate()
                .chain(marked -> marked == 0 || participantIds.isEmpty() ? Uni.createFrom().item(0)
                        : s.createNativeQuery("""
                                WITH missing AS (SELECT cast(x AS uuid) AS pid
                                                 FROM jsonb_array_elements_text(cast(cast(:ids AS text) AS jsonb)) x),
                                     filled AS (INSERT INTO answers (id, segment_id, question_id, participant_id,
                                                                     is_correct, points)
                                                SELECT gen_random_uuid(), :seg, :q, pid, false, 0 FROM missing
                                                ON CONFLICT DO NOTHING
                                                RETURNING participant_id)
                                INSERT INTO segment_scores (id, segment_id, participant_id, questions_answered)
                                SELECT gen_random_uuid(), :seg, participant_id, 1 FROM filled
                                ON CONFLICT (segment_id, participant_id) DO UPDATE
                                    SET questions_answered = segment_scores.questions_answered + 1""")
                                .setParameter("ids", json(participantIds.stream().map(UUID::toString).toList()))
                                .setParameter("seg", segmentId).setParameter("q", questionId)
                                .executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * One player's event total and rank (the same order as the rankings: score descending, then time), read
     * through the leaderboard index instead of ranking everyone; null when the participant does not play.
     */
    @WithSession
    public Uni<PlayerScore> standing(UUID eventId, UUID participantId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT p.total_score,
                       1 + (SELECT count(*) FROM event_participants o
                            WHERE o.event_id = p.event_id AND o.is_player
                              AND (o.total_score > p.total_score
                                   OR (o.total_score = p.total_score
                                       AND o.total_response_time_ms < p.total_response_time_ms)))
                FROM event_participants p
                WHERE p.id = :p AND p.event_id = :e AND p.is_player""", Object[].class)
                .setParameter("p", participantId).setParameter("e", eventId)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : new PlayerScore(participantId, null,
                        ((Number) rows.get(0)[0]).intValue(), 0, 0, ((Number) rows.get(0)[1]).intValue()));
    }

    /** Each player's stored score and counted time in a round, by participant (one indexed query). */
    @WithSession
    public Uni<Map<UUID, long[]>> segmentScores(UUID segmentId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT participant_id, score, total_response_time_ms FROM segment_scores
                WHERE segment_id = :seg""", Object[].class)
                .setParameter("seg", segmentId)
                .getResultList())
                .map(rows -> {
                    Map<UUID, long[]> scores = new HashMap<>(rows.size() * 2);
                    for (Object[] r : rows) {
                        scores.put((UUID) r[0], new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
                    }
                    return scores;
                });
    }

    /** Writes the questions of a round with their answer orders (a resumed round keeps the ones it has). */
    @WithTransaction
    public Uni<Void> saveRound(UUID segmentId, List<RoundQuestion> questions) {
        return Panache.getSession().chain(s -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (RoundQuestion q : questions) {
                chain = chain.chain(() -> s.createNativeQuery("""
                        INSERT INTO round_questions (segment_id, position, question_id, answers, time_limit_s)
                        VALUES (:seg, :pos, :q,
                                ARRAY(SELECT jsonb_array_elements_text(cast(cast(:answers AS text) AS jsonb))), :limit)
                        ON CONFLICT (segment_id, position) DO NOTHING""")
                        .setParameter("seg", segmentId).setParameter("pos", q.position())
                        .setParameter("q", q.questionId()).setParameter("answers", json(q.answers()))
                        .setParameter("limit", q.timeLimitSeconds())
                        .executeUpdate());
            }
            return chain;
        }).replaceWithVoid();
    }

    /** The stored questions of a round (text and correct answer joined in), in play order. */
    @WithSession
    public Uni<List<StoredRoundQuestion>> loadRound(UUID segmentId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT r.position, r.question_id, q.question_text, q.correct_answer,
                       array_to_json(r.answers)::text, r.time_limit_s, r.opened_at, r.zero_filled_at
                FROM round_questions r JOIN questions q ON q.id = r.question_id
                WHERE r.segment_id = :seg ORDER BY r.position""", Object[].class)
                .setParameter("seg", segmentId)
                .getResultList())
                .map(rows -> {
                    List<StoredRoundQuestion> list = new ArrayList<>(rows.size());
                    for (Object[] r : rows) {
                        list.add(new StoredRoundQuestion(new RoundQuestion(((Number) r[0]).intValue(), (UUID) r[1],
                                (String) r[2], (String) r[3], strings((String) r[4]), ((Number) r[5]).intValue()),
                                instant(r[6]), instant(r[7])));
                    }
                    return list;
                });
    }

    /** A stored round question and when it was opened and zero-filled (null when not yet). */
    public record StoredRoundQuestion(RoundQuestion question, Instant openedAt, Instant zeroFilledAt) {
    }

    /** Marks a question open and activates the players who were waiting for it. */
    @WithTransaction
    public Uni<Void> openQuestion(UUID eventId, UUID segmentId, int position, Instant openedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                UPDATE round_questions SET opened_at = :at WHERE segment_id = :seg AND position = :pos""")
                .setParameter("at", openedAt).setParameter("seg", segmentId).setParameter("pos", position)
                .executeUpdate()
                .chain(() -> s.createNativeQuery("""
                        UPDATE event_participants SET join_status = 'active'
                        WHERE event_id = :e AND join_status = 'waiting_for_segment'""")
                        .setParameter("e", eventId).executeUpdate()))
                .replaceWithVoid();
    }

    /** The answers each player gave to one question of a round (for reconnects and restarts). */
    @WithSession
    public Uni<Map<UUID, String>> answersTo(UUID segmentId, UUID questionId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT participant_id, coalesce(selected_answer, '') FROM answers
                WHERE segment_id = :seg AND question_id = :q""", Object[].class)
                .setParameter("seg", segmentId).setParameter("q", questionId)
                .getResultList())
                .map(rows -> {
                    Map<UUID, String> answers = new HashMap<>();
                    for (Object[] r : rows) {
                        answers.put((UUID) r[0], (String) r[1]);
                    }
                    return answers;
                });
    }

    private String jsonRows(List<Map<String, Object>> rows) {
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String json(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> strings(String text) {
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(value.toString());
    }
}
