package io.quizcast.game.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Each segment's first player, as event_complete names it: one statement in the caller's session and transaction
 * (a turn never takes a second pooled connection while it holds one).
 */
@ApplicationScoped
public class SegmentWinners {

    /** A segment's first player. */
    public record Winner(String username, int score) {
    }

    /** The segment ranking's order: score, then time, then join time; a segment nobody plays in has none. */
    public Uni<Map<UUID, Winner>> of(UUID eventId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT DISTINCT ON (g.id) g.id, p.display_name, coalesce(sc.score, 0)
                FROM segments g
                JOIN event_participants p ON p.event_id = g.event_id AND p.is_player AND p.removed_at IS NULL
                LEFT JOIN segment_scores sc ON sc.segment_id = g.id AND sc.participant_id = p.id
                WHERE g.event_id = :event
                ORDER BY g.id, coalesce(sc.score, 0) DESC, coalesce(sc.total_response_time_ms, 0), p.joined_at, p.id
                """, Object[].class).setParameter("event", eventId).getResultList()).map(rows -> {
            Map<UUID, Winner> winners = new HashMap<>();
            for (Object[] row : rows) {
                winners.put((UUID) row[0], new Winner((String) row[1], ((Number) row[2]).intValue()));
            }
            return winners;
        });
    }
}
