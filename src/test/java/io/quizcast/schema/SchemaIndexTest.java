package io.quizcast.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every lookup the service makes has an index: checked on the migrated schema through pg_indexes. */
@QuarkusTest
class SchemaIndexTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    private Map<String, String> indexes(String table) {
        Map<String, String> byName = new HashMap<>();
        for (Row row : pool.preparedQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = $1")
                .execute(Tuple.of(table)).await().atMost(TIMEOUT)) {
            byName.put(row.getString("indexname"), row.getString("indexdef"));
        }
        return byName;
    }

    @Test
    void participantLookupsAreIndexed() {
        Map<String, String> idx = indexes("event_participants");
        assertThat(idx.get("event_participants_user_idx")).contains("(user_id)");
        assertThat(idx.get("event_participants_event_device_key")).contains("UNIQUE").contains("(event_id, device_id)");
        assertThat(idx.get("event_participants_event_name_key")).contains("UNIQUE")
                .contains("(event_id, display_name)");
        assertThat(idx.get("event_participants_leaderboard_idx"))
                .contains("(event_id, total_score DESC, total_response_time_ms");
        assertThat(idx.get("event_participants_session_token_key")).contains("UNIQUE").contains("(session_token_hash)");
    }

    @Test
    void joinCodesAndUsernamesAreUnique() {
        assertThat(indexes("events").get("events_join_code_key")).contains("UNIQUE").contains("(join_code)");
        assertThat(indexes("users").get("users_username_lower_key")).contains("UNIQUE")
                .contains("lower((username)::text)");
    }

    @Test
    void answersAreOneRowPerParticipantQuestionAndRound() {
        assertThat(indexes("answers").get("answers_round_question_participant_key"))
                .contains("UNIQUE").contains("(segment_id, question_id, participant_id)");
        assertThat(indexes("segment_scores").get("segment_scores_segment_participant_key"))
                .contains("UNIQUE").contains("(segment_id, participant_id)");
    }

    @Test
    void everyForeignKeyColumnIsTheLeadingColumnOfAnIndex() {
        String unindexed = """
                SELECT c.conrelid::regclass || '.' || a.attname AS fk
                FROM pg_constraint c
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
                  AND NOT EXISTS (SELECT 1 FROM pg_index i
                                  WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
                ORDER BY 1
                """;
        var missing = new java.util.ArrayList<String>();
        pool.query(unindexed).execute().await().atMost(TIMEOUT).forEach(r -> missing.add(r.getString("fk")));
        assertThat(missing).isEmpty();
    }

    @Test
    void participantLookupByUserUsesTheIndex() {
        StringBuilder plan = new StringBuilder();
        pool.withConnection(conn -> conn.query("SET enable_seqscan = off").execute()
                .chain(() -> conn.query("EXPLAIN SELECT id FROM event_participants WHERE user_id = "
                        + "'00000000-0000-0000-0000-000000000000'").execute()))
                .await().atMost(TIMEOUT)
                .forEach(r -> plan.append(r.getString(0)).append('\n'));
        assertThat(plan.toString()).contains("Index").doesNotContain("Seq Scan");
    }
}
