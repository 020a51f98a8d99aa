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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The live game's writes and set-based reads, each in its own Hibernate Reactive transaction. Totals are
 * only ever changed together with the answer row they come from, so they always equal the sum of the rows.
 */
@ApplicationScoped
public class GameStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Stores one accepted answer and adds it to the segment score and the event total, in one statement (one
     * round trip) of its own transaction; a second answer of the same player to the same question fails the
     * unique index and changes nothing.
     */
    @WithTransaction
    public Uni<Void> recordAnswer(UUID segmentId, UUID questionId, UUID participantId, String selected, boolean correct,
            long responseTimeMs, int points) {
        long countedTime = correct ? responseTimeMs : 0;
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                WITH answer AS (
                    INSERT INTO answers (id, segment_id, question_id, participant_id, selected_answer, is_correct,
                                         response_time_ms, points, answered_at)
                    VALUES (:id, :seg, :q, :p, :sel, :ok, :t, :pts, now())
                    RETURNING participant_id),
                segment_score AS (
                    INSERT INTO segment_scores (id, segment_id, participant_id, score, questions_answered,
                                                questions_correct, total_response_time_ms)
                    SELECT :scoreId, :seg, participant_id, :pts, 1, :c, :counted FROM answer
                    ON CONFLICT (segment_id, participant_id) DO UPDATE SET
                        score = segment_scores.score + EXCLUDED.score,
                        questions_answered = segment_scores.questions_answered + 1,
                        questions_correct = segment_scores.questions_correct + EXCLUDED.questions_correct,
                        total_response_time_ms = segment_scores.total_response_time_ms
                                                 + EXCLUDED.total_response_time_ms)
                UPDATE event_participants
                SET total_score = total_score + :pts, total_response_time_ms = total_response_time_ms + :counted
                WHERE id = (SELECT participant_id FROM answer)""")
                .setParameter("id", UUID.randomUUID()).setParameter("seg", segmentId).setParameter("q", questionId)
                .setParameter("p", participantId).setParameter("sel", selected).setParameter("ok", correct)
                .setParameter("t", (int) responseTimeMs).setParameter("pts", points)
                .setParameter("scoreId", UUID.randomUUID()).setParameter("c", correct ? 1 : 0)
                .setParameter("counted", countedTime)
                .executeUpdate())
                .replaceWithVoid();
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

    /** How many players chose each answer of the question in this round (zero-fill rows are not choices). */
    @WithSession
    public Uni<Map<String, Integer>> distribution(UUID segmentId, UUID questionId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT selected_answer, count(*) FROM answers
                WHERE segment_id = :seg AND question_id = :q AND selected_answer IS NOT NULL
                GROUP BY selected_answer""", Object[].class)
                .setParameter("seg", segmentId).setParameter("q", questionId)
                .getResultList())
                .map(rows -> {
                    Map<String, Integer> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        counts.put((String) row[0], ((Number) row[1]).intValue());
                    }
                    return counts;
                });
    }

    /** Every player's standing after a question of this round, in one query. */
    @WithSession
    public Uni<List<PlayerScore>> scores(UUID eventId, UUID segmentId, UUID questionId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT p.id, coalesce(p.user_id, p.id), p.total_score, coalesce(g.score, 0), coalesce(a.points, 0),
                       rank() OVER (ORDER BY p.total_score DESC, p.total_response_time_ms)
                FROM event_participants p
                LEFT JOIN segment_scores g ON g.segment_id = :seg AND g.participant_id = p.id
                LEFT JOIN answers a ON a.segment_id = :seg AND a.question_id = :q AND a.participant_id = p.id
                WHERE p.event_id = :e AND p.is_player
                ORDER BY 6, p.joined_at""", Object[].class)
                .setParameter("seg", segmentId).setParameter("q", questionId).setParameter("e", eventId)
                .getResultList())
                .map(rows -> {
                    List<PlayerScore> scores = new ArrayList<>(rows.size());
                    for (Object[] r : rows) {
                        scores.add(new PlayerScore((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(),
                                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue()));
                    }
                    return scores;
                });
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

    static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return List.of(JSON.readValue(json, String[].class));
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
