package io.quizcast.participant.repository;

import io.quizcast.participant.JoinAttempt;
import io.quizcast.participant.Participant;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The REST join's statements, on the reactive client without the ORM (the join is the hottest REST route: the
 * ORM's session and entity work was most of its CPU). Each runs on the connection of the join's one transaction.
 */
@ApplicationScoped
public class JoinStatements {

    static final String EVENT_BY_CODE = """
            SELECT e.id, e.status, e.join_locked, e.join_locked_at,
                   EXISTS (SELECT 1 FROM segments s WHERE s.event_id = e.id AND s.status = 'quizzing') AS quizzing,
                   e.blocked_words,
                   ARRAY(SELECT p.display_name FROM event_participants p
                         WHERE p.event_id = e.id AND p.removed_at IS NOT NULL) AS removed_names
            FROM events e WHERE e.join_code = $1""";
    // after the participant's columns
    static final String DEVICE_PRESENCE = " FROM event_participants WHERE device_id = $1"
            + " AND (event_id = $2 OR event_id IN (SELECT id FROM events WHERE status IN ('waiting', 'active')))";

    /** What a join needs of its event, and whether a quiz runs in it (a new player is then a late joiner). */
    public record JoinTarget(UUID id, String status, boolean joinLocked, Instant joinLockedAt, boolean quizRunning,
            List<String> blockedWords, List<String> removedNames) {
    }

    private final Pool pool;

    JoinStatements(Pool pool) {
        this.pool = pool;
    }

    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }

    /** The event of a join code, or null. */
    public Uni<JoinTarget> event(SqlConnection c, String code) {
        return c.preparedQuery(EVENT_BY_CODE).execute(Tuple.of(code)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row r = rows.iterator().next();
            return new JoinTarget(r.getUUID("id"), r.getString("status"), r.getBoolean("join_locked"),
                    instant(r, "join_locked_at"), r.getBoolean("quizzing"),
                    List.of(r.getArrayOfStrings("blocked_words")),
                    List.of(r.getArrayOfStrings("removed_names")));
        });
    }

    /**
     * The device's participants that matter to a join, in one query: its participant in this event, and any in
     * another event that is still waiting or running.
     */
    public Uni<List<Participant>> devicePresence(SqlConnection c, UUID deviceId, UUID eventId) {
        return c.preparedQuery("SELECT " + ParticipantRows.COLUMNS + DEVICE_PRESENCE)
                .execute(Tuple.of(deviceId, eventId)).map(JoinStatements::participants);
    }

    public Uni<Participant> byAccount(SqlConnection c, UUID eventId, UUID userId) {
        return c.preparedQuery("SELECT " + ParticipantRows.COLUMNS
                + " FROM event_participants WHERE event_id = $1 AND user_id = $2")
                .execute(Tuple.of(eventId, userId)).map(rows -> {
                    List<Participant> found = participants(rows);
                    return found.isEmpty() ? null : found.get(0);
                });
    }

    /** The names in the event equal to {@code base} or of the form "base N". */
    public Uni<List<String>> namesLike(SqlConnection c, UUID eventId, String base) {
        return c.preparedQuery("SELECT display_name FROM event_participants WHERE event_id = $1"
                + " AND (display_name = $2 OR display_name LIKE $3)")
                .execute(Tuple.of(eventId, base, ParticipantRepository.escapeLike(base) + " %")).map(rows -> {
                    List<String> names = new ArrayList<>(rows.size());
                    rows.forEach(r -> names.add(r.getString(0)));
                    return names;
                });
    }

    /**
     * A rejoin's fresh token, then its attempt record, in one statement: the row is updated (and locked) before the
     * record's foreign key share-locks it, so two rejoins of one device queue instead of deadlocking.
     */
    public Uni<Void> rejoin(SqlConnection c, Participant p, JoinAttempt attempt) {
        Tuple args = Tuple.of(p.id, p.sessionTokenHash, utc(p.lastSeenAt));
        return c.preparedQuery("""
                WITH updated AS (
                    UPDATE event_participants SET session_token_hash = $2, last_seen_at = $3 WHERE id = $1 RETURNING id)
                INSERT INTO join_attempts (id, event_id, join_code, device_id, user_id, display_name, outcome,
                                           participant_id, attempted_at)
                SELECT $4, $5, $6, $7, $8, $9, $10, updated.id, $11 FROM updated""")
                .execute(withAttempt(args, attempt)).replaceWithVoid();
    }

    /** A new participant and its attempt record, in one statement. */
    public Uni<Void> insert(SqlConnection c, Participant p, JoinAttempt attempt) {
        Tuple args = Tuple.tuple(Arrays.asList(p.id, p.eventId, p.userId, p.deviceId, p.displayName, p.avatarUrl,
                p.avatarType, p.sessionTokenHash, p.joinStatus, p.isLateJoiner, p.isHost, p.isPlayer, utc(p.joinedAt),
                utc(p.lastSeenAt)));
        return c.preparedQuery("""
                WITH inserted AS (
                    INSERT INTO event_participants (id, event_id, user_id, device_id, display_name, avatar_url,
                        avatar_type, session_token_hash, join_status, is_late_joiner, is_host, is_player, joined_at,
                        last_seen_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id)
                INSERT INTO join_attempts (id, event_id, join_code, device_id, user_id, display_name, outcome,
                                           participant_id, attempted_at)
                SELECT $15, $16, $17, $18, $19, $20, $21, inserted.id, $22 FROM inserted""")
                .execute(withAttempt(args, attempt)).replaceWithVoid();
    }

    private static Tuple withAttempt(Tuple args, JoinAttempt a) {
        return args.addValue(a.id).addValue(a.eventId).addValue(a.joinCode).addValue(a.deviceId)
                .addValue(a.userId).addValue(a.displayName).addValue(a.outcome)
                .addValue(utc(a.attemptedAt));
    }

    private static List<Participant> participants(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<Participant> list = new ArrayList<>(rows.size());
        rows.forEach(r -> list.add(ParticipantRows.of(r)));
        return list;
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Row row, String column) {
        java.time.OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
