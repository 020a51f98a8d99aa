package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A command is stored whole or not at all: when the last write of {@code start_game} (the live state) fails, the
 * round's set-up, the segment's and the event's status are not stored either, the host hears {@code unavailable},
 * nobody is told the game started, and the same command succeeds once the fault is gone.
 */
@QuarkusTest
class CommandAtomicityTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void aStartGameWhoseLastWriteFailsLeavesNothingOfItStored() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "One?", "Yes", List.of("No"));
        TestEvents.createQuestion(event, segment, "Two?", "Yes", List.of("No"));
        Joined player = TestEvents.join(event, "Player");
        String segmentBefore = status("segments", segment);
        String eventBefore = status("events", event.id());
        // a fault in the real database: this event's live state cannot be written until the trigger is dropped
        String trigger = "fail_state_" + event.id().toString().replace("-", "");
        Sql.update(pool, "CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " RAISE EXCEPTION 'injected fault'; END $$");
        Sql.update(pool, "CREATE TRIGGER " + trigger + " BEFORE INSERT OR UPDATE ON game_states FOR EACH ROW"
                + " WHEN (NEW.event_id = '" + event.id() + "') EXECUTE FUNCTION " + trigger + "()");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("player", base, event.id(), player.sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();

            host.send(Map.of("type", "start_game"));
            assertThat(host.nextError("unavailable").get("message")).asString().contains("nothing was changed");
            assertThat(Sql.count(pool, "SELECT count(*) FROM round_questions WHERE segment_id = $1", segment))
                    .as("the round's questions").isZero();
            assertThat(status("segments", segment)).isEqualTo(segmentBefore);
            assertThat(status("events", event.id())).isEqualTo(eventBefore);

            Sql.update(pool, "DROP TRIGGER " + trigger + " ON game_states");
            host.send(Map.of("type", "start_game"));
            Map<String, Object> question = p.next("question");
            assertThat(question.get("question_number")).isEqualTo(1);
            assertThat(Sql.count(pool, "SELECT count(*) FROM round_questions WHERE segment_id = $1", segment))
                    .isEqualTo(2);
            assertThat(status("segments", segment)).isEqualTo("quizzing");
            assertThat(status("events", event.id())).isEqualTo("active");
            List<Row> state = Sql.rows(pool, "SELECT phase FROM game_states WHERE event_id = $1", event.id());
            assertThat(state).extracting(r -> r.getString("phase")).containsExactly("showing_question");
        } finally {
            Sql.update(pool, "DROP TRIGGER IF EXISTS " + trigger + " ON game_states");
            Sql.update(pool, "DROP FUNCTION IF EXISTS " + trigger + "()");
        }
    }

    private String status(String table, UUID id) {
        return Sql.rows(pool, "SELECT status FROM " + table + " WHERE id = $1", id).get(0).getString("status");
    }
}
