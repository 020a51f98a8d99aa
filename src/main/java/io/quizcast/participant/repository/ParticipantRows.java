package io.quizcast.participant.repository;

import io.quizcast.participant.Participant;
import io.vertx.mutiny.sqlclient.Row;

/** A participant read on the plain pool (no ORM session), into a detached {@link Participant}. */
public final class ParticipantRows {

    public static final String COLUMNS = """
            id, event_id, user_id, device_id, display_name, avatar_url, avatar_type, join_status, is_late_joiner,
            is_host, is_player, joined_at, total_score, total_response_time_ms, answer_streak, removed_at,
            session_token_hash""";

    private ParticipantRows() {
    }

    public static Participant of(Row row) {
        Participant p = new Participant();
        p.id = row.getUUID("id");
        p.eventId = row.getUUID("event_id");
        p.userId = row.getUUID("user_id");
        p.deviceId = row.getUUID("device_id");
        p.displayName = row.getString("display_name");
        p.avatarUrl = row.getString("avatar_url");
        p.avatarType = row.getString("avatar_type");
        p.joinStatus = row.getString("join_status");
        p.isLateJoiner = row.getBoolean("is_late_joiner");
        p.isHost = row.getBoolean("is_host");
        p.isPlayer = row.getBoolean("is_player");
        p.joinedAt = row.getOffsetDateTime("joined_at").toInstant();
        p.totalScore = row.getInteger("total_score");
        p.totalResponseTimeMs = row.getLong("total_response_time_ms");
        p.answerStreak = row.getInteger("answer_streak");
        p.sessionTokenHash = row.getString("session_token_hash");
        p.removedAt = row.getOffsetDateTime("removed_at") == null ? null
                : row.getOffsetDateTime("removed_at").toInstant();
        return p;
    }
}
