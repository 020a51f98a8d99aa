package io.quizcast.question.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.question.Question;
import io.quizcast.question.QuestionType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Question lookups (indexed on segment and order). */
@ApplicationScoped
@WithSession
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    public Uni<List<Question>> listBySegment(UUID segmentId) {
        return list("segmentId = ?1 order by orderIndex, createdAt", segmentId);
    }

    public Uni<List<Question>> listBySegments(List<UUID> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("segmentId in ?1 order by orderIndex, createdAt", segmentIds);
    }

    public Uni<Long> countBySegment(UUID segmentId) {
        return count("segmentId", segmentId);
    }

    /** Question counts of several segments in one query. */
    public Uni<Map<UUID, Long>> countBySegments(List<UUID> segmentIds) {
        return count(segmentIds);
    }

    /** A segment's questions, and of them those with a right answer (a poll has none: the mega quiz leaves it out). */
    public record QuestionCounts(long all, long scored) {
    }

    /** Both counts of each segment in one statement. */
    public Uni<Map<UUID, QuestionCounts>> countsBySegments(List<UUID> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(
                "select q.segmentId, count(q), sum(case when q.questionType <> '" + QuestionType.POLL.wire()
                        + "' then 1 else 0 end) from Question q where q.segmentId in ?1 group by q.segmentId",
                Object[].class).setParameter(1, segmentIds).getResultList())
                .map(rows -> {
                    Map<UUID, QuestionCounts> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        counts.put((UUID) row[0], new QuestionCounts((Long) row[1], ((Number) row[2]).longValue()));
                    }
                    return counts;
                });
    }

    private Uni<Map<UUID, Long>> count(List<UUID> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(
                "select q.segmentId, count(q) from Question q where q.segmentId in ?1 group by q.segmentId",
                Object[].class).setParameter(1, segmentIds).getResultList())
                .map(rows -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        counts.put((UUID) row[0], (Long) row[1]);
                    }
                    return counts;
                });
    }

    public Uni<Integer> nextOrderIndex(UUID segmentId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select coalesce(max(q.orderIndex) + 1, 0) from Question q where q.segmentId = ?1", Integer.class)
                .setParameter(1, segmentId).getSingleResult());
    }
}
