package io.quizcast.leaderboard.repository;

import io.quizcast.common.sql.PooledStatements;
import io.quizcast.leaderboard.LeaderboardEntry;
import io.quizcast.participant.Presence;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rankings in one SQL statement each (window function for shared ranks, index on the sort keys): never one
 * query per participant. Order: score descending, response time ascending, join time; the host only when playing.
 */
@ApplicationScoped
public class LeaderboardRepository {

    private static final String EVENT_RANKING = """
            SELECT p.id, coalesce(p.user_id, p.id) AS client_id, p.display_name, p.avatar_url, p.is_late_joiner,
                   p.total_score AS score, p.total_response_time_ms AS time_ms,
                   rank() OVER (ORDER BY p.total_score DESC, p.total_response_time_ms) AS rank
            FROM event_participants p
            WHERE p.event_id = $1 AND p.is_player AND p.removed_at IS NULL
            ORDER BY p.total_score DESC, p.total_response_time_ms, p.joined_at, p.id
            LIMIT $2 OFFSET $3""";

    private static final String SEGMENT_RANKING = """
            SELECT p.id, coalesce(p.user_id, p.id) AS client_id, p.display_name, p.avatar_url, p.is_late_joiner,
                   coalesce(s.score, 0) AS score, coalesce(s.total_response_time_ms, 0) AS time_ms,
                   rank() OVER (ORDER BY coalesce(s.score, 0) DESC, coalesce(s.total_response_time_ms, 0)) AS rank
            FROM segments g
            JOIN event_participants p ON p.event_id = g.event_id AND p.is_player AND p.removed_at IS NULL
            LEFT JOIN segment_scores s ON s.segment_id = g.id AND s.participant_id = p.id
            WHERE g.id = $1
            ORDER BY 6 DESC, 7, p.joined_at, p.id
            LIMIT $2 OFFSET $3""";

    private final PooledStatements statements;
    private final Presence presence;

    LeaderboardRepository(PooledStatements statements, Presence presence) {
        this.statements = statements;
        this.presence = presence;
    }

    public Uni<List<LeaderboardEntry>> event(UUID eventId, int limit, int offset) {
        return statements.query(EVENT_RANKING, Tuple.of(eventId, limit, offset))
                .map(rows -> entries(eventId, rows));
    }

    public Uni<List<LeaderboardEntry>> segment(UUID eventId, UUID segmentId, int limit, int offset) {
        return statements.query(SEGMENT_RANKING, Tuple.of(segmentId, limit, offset))
                .map(rows -> entries(eventId, rows));
    }

    private List<LeaderboardEntry> entries(UUID eventId, RowSet<Row> rows) {
        List<LeaderboardEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            UUID participantId = row.getUUID("id");
            entries.add(new LeaderboardEntry(row.getLong("rank").intValue(), row.getUUID("client_id"), participantId,
                    row.getString("display_name"), row.getString("avatar_url"), row.getInteger("score"),
                    row.getLong("time_ms"), row.getBoolean("is_late_joiner"),
                    presence.isOnline(eventId, participantId)));
        }
        return entries;
    }
}
