package io.quizcast.game.rules;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.room.Room;
import io.quizcast.game.room.Standings;
import io.quizcast.leaderboard.LeaderboardEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The top of the rankings, as the end of a round and of the event tell them (never a list that grows with the
 * players). Read in the turn itself: from the room's standings, or in the turn's own session, never on a second
 * pooled connection (a turn holding one connection and waiting for another deadlocks the pool when many events
 * end their rounds at once).
 */
@ApplicationScoped
public class Rankings {

    /** The top of a segment's ranking and of the event's. */
    public record Tops(List<LeaderboardEntry> segment, List<LeaderboardEntry> event) {
    }

    /** A segment's first player, as event_complete names it. */
    public record Winner(String username, int score) {
    }

    private final int size;

    Rankings(QuizcastConfig config) {
        this.size = config.game().broadcastLeaderboardSize();
    }

    /** The running round's and the event's tops, from the room's standings (the same order as the REST ones). */
    public Tops tops(Room room) {
        return new Tops(Standings.top(Standings.segment(room.members.values()), size, true), event(room));
    }

    public List<LeaderboardEntry> event(Room room) {
        return Standings.top(Standings.event(room.members.values()), size, false);
    }

    /**
     * Each segment's first player (the segment ranking's order: score, then time, then join time), in one statement
     * in the caller's session and transaction; a segment nobody plays in has none.
     */
    public Uni<Map<UUID, Winner>> segmentWinners(UUID eventId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT DISTINCT ON (g.id) g.id, p.display_name, coalesce(sc.score, 0)
                FROM segments g
                JOIN event_participants p ON p.event_id = g.event_id AND p.is_player
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
