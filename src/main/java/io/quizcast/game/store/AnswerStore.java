package io.quizcast.game.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.game.owner.OwnerFence;
import io.quizcast.game.room.RoundScore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The answers and the scores they make, in set-based native statements. Totals are only ever changed together with
 * the answer row they come from, so they always equal the sum of the rows.
 */
@ApplicationScoped
public class AnswerStore {

    private final SqlValues values;

    private final OwnerFence fence;

    AnswerStore(SqlValues values, OwnerFence fence) {
        this.values = values;
        this.fence = fence;
    }

    /**
     * Stores a batch of accepted answers (at most one per player and round) and adds each to its segment score
     * and its event total, in one statement of one transaction: the group commit of the answers that arrived
     * together. A row that already exists (the player's answer stored before) is skipped and adds nothing.
     * Each row is fenced by its event's owner: rows of an event that {@code owner} no longer holds at the row's epoch
     * are not stored, and that event is returned as lost. Returns the players whose answers were stored.
     */
    @WithTransaction
    public Uni<Recorded> recordAnswers(String owner, List<AnswerRow> rows) {
        List<Map<String, Object>> batch = new ArrayList<>(rows.size());
        for (AnswerRow r : rows) {
            Map<String, Object> row = new HashMap<>();
            row.put("event_id", r.eventId().toString());
            row.put("epoch", r.epoch());
            row.put("segment_id", r.segmentId().toString());
            row.put("question_id", r.questionId().toString());
            row.put("participant_id", r.participantId().toString());
            row.put("selected_answer", r.selectedAnswer());
            row.put("is_correct", r.correct());
            row.put("response_time_ms", r.responseTimeMs());
            row.put("points", r.points());
            row.put("counted_ms", r.countedTimeMs());
            row.put("streak", r.streak());
            batch.add(row);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                WITH batch AS (
                    SELECT * FROM jsonb_to_recordset(cast(cast(:rows AS text) AS jsonb))
                        AS r(event_id uuid, epoch bigint, segment_id uuid, question_id uuid, participant_id uuid,
                             selected_answer text, is_correct boolean, response_time_ms int, points int,
                             counted_ms int, streak int)),
                owned AS (
                    SELECT o.event_id FROM event_owners o
                    WHERE o.owner = :owner
                      AND EXISTS (SELECT 1 FROM batch b WHERE b.event_id = o.event_id AND b.epoch = o.epoch)
                    FOR KEY SHARE),
                stored AS (
                    INSERT INTO answers (id, segment_id, question_id, participant_id, selected_answer, is_correct,
                                         response_time_ms, points, answered_at)
                    SELECT gen_random_uuid(), segment_id, question_id, participant_id, selected_answer, is_correct,
                           response_time_ms, points, now()
                    FROM batch
                    WHERE event_id IN (SELECT event_id FROM owned)
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
                        total_response_time_ms = p.total_response_time_ms + c.counted_ms,
                        answer_streak = c.streak
                    FROM counted c
                    WHERE p.id = c.participant_id
                    RETURNING p.id)
                SELECT cast(id AS text) FROM total
                UNION ALL
                SELECT DISTINCT 'lost ' || b.event_id FROM batch b WHERE b.event_id NOT IN (SELECT event_id FROM owned)
                """, String.class)
                .setParameter("rows", values.json(batch))
                .setParameter("owner", owner)
                .getResultList())
                .map(ids -> {
                    Set<UUID> stored = new HashSet<>(ids.size() * 2);
                    Set<UUID> lost = new HashSet<>();
                    for (String id : ids) {
                        if (id.startsWith("lost ")) {
                            lost.add(UUID.fromString(id.substring(5)));
                        } else {
                            stored.add(UUID.fromString(id));
                        }
                    }
                    return new Recorded(stored, lost);
                });
    }

    /** What a batch stored: the players whose answers were stored, and the events this process no longer owns. */
    public record Recorded(Set<UUID> stored, Set<UUID> lostEvents) {
    }

    /**
     * Counts every listed player who did not answer as answered with 0 points, once per question (the
     * round_questions.zero_filled_at mark makes a second call a no-op); {@code endsStreaks}: their answer streaks end.
     */
    @WithTransaction
    public Uni<Void> zeroFill(UUID eventId, UUID segmentId, int position, UUID questionId,
            Collection<UUID> participantIds, boolean endsStreaks) {
        return fence.check(eventId).chain(() -> Panache.getSession()).chain(s -> s.createNativeQuery("""
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
                                                RETURNING participant_id),
                                     streaks AS (UPDATE event_participants SET answer_streak = 0
                                                 WHERE :ends AND id IN (SELECT participant_id FROM filled))
                                INSERT INTO segment_scores (id, segment_id, participant_id, questions_answered)
                                SELECT gen_random_uuid(), :seg, participant_id, 1 FROM filled
                                ON CONFLICT (segment_id, participant_id) DO UPDATE
                                    SET questions_answered = segment_scores.questions_answered + 1""")
                                .setParameter("ids",
                                        values.json(participantIds.stream().map(UUID::toString).toList()))
                                .setParameter("seg", segmentId).setParameter("q", questionId)
                                .setParameter("ends", endsStreaks)
                                .executeUpdate()))
                .replaceWithVoid();
    }

    /** Each player's stored score and counted time in a round, by participant (one indexed query). */
    @WithSession
    public Uni<Map<UUID, RoundScore>> segmentScores(UUID segmentId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SCORES + "segment_id = :seg", Object[].class)
                .setParameter("seg", segmentId)
                .getResultList())
                .map(AnswerStore::scores);
    }

    /** The answers each player gave to one question of a round (for reconnects and restarts). */
    @WithSession
    public Uni<Map<UUID, String>> answersTo(UUID segmentId, UUID questionId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(ANSWERS + "segment_id = :seg AND question_id = :q",
                Object[].class)
                .setParameter("seg", segmentId).setParameter("q", questionId)
                .getResultList())
                .map(AnswerStore::answers);
    }

    /** The columns of {@link #scores}, to be followed by the condition. */
    static final String SCORES = "SELECT participant_id, score, total_response_time_ms FROM segment_scores WHERE ";
    /** The columns of {@link #answers}, to be followed by the condition. */
    static final String ANSWERS = "SELECT participant_id, coalesce(selected_answer, '') FROM answers WHERE ";

    static Map<UUID, RoundScore> scores(List<Object[]> rows) {
        Map<UUID, RoundScore> scores = new HashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            scores.put((UUID) r[0], new RoundScore(((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
        }
        return scores;
    }

    static Map<UUID, String> answers(List<Object[]> rows) {
        Map<UUID, String> answers = new HashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            answers.put((UUID) r[0], (String) r[1]);
        }
        return answers;
    }
}
