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
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A command's write does not hold the room: while its transaction waits in the database (held by the test through
 * an advisory lock its trigger takes), players join and answer, and the command's messages reach everyone after
 * its commit, the socket that joined meanwhile too. A reveal closes the question as soon as it passed its checks.
 */
@QuarkusTest
class TurnOutsideLockTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void playersJoinAndAnswerWhileACommandWritesAndHearTheCommandAfterItsCommit() {
        Fixture f = fixture();
        try (Hold hold = hold(f.event.id());
                GameClient host = GameClient.connect("host", base, f.event.id(), f.event.host().token());
                GameClient first = GameClient.connect("first", base, f.event.id(), f.first.sessionToken())) {
            host.joinAs(f.event.host().id());
            first.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Map<String, Object> question = first.next("question");

            hold.lock();
            // the host selects itself as the next presenter: a write of the live state, held in the database
            host.send(Map.of("type", "select_presenter", "presenter_user_id", f.event.host().id().toString()));
            hold.awaitWaiting();

            first.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", "Yes"));
            assertThat(first.next("answer_received").get("question_id")).isEqualTo(question.get("question_id"));
            try (GameClient second = GameClient.connect("second", base, f.event.id(), f.second.sessionToken())) {
                second.joinWithSession();
                assertThat(second.next("state_restored").get("current_question_id"))
                        .isEqualTo(question.get("question_id"));
                assertThat(first.types()).doesNotContain("presenter_selected");

                hold.release();
                assertThat(first.next("presenter_selected").get("presenter_id"))
                        .isEqualTo(f.event.host().id().toString());
                assertThat(second.next("presenter_selected").get("presenter_id"))
                        .isEqualTo(f.event.host().id().toString());
            }
            assertThat(Sql.count(pool, "SELECT count(*) FROM answers WHERE participant_id = $1"
                    + " AND selected_answer IS NOT NULL", f.first.participantId())).isEqualTo(1);
        }
    }

    @Test
    void anAnswerAfterTheRevealWasSentFindsNoQuestionAndTheRevealDoesNotCountIt() {
        Fixture f = fixture();
        try (Hold hold = hold(f.event.id());
                GameClient host = GameClient.connect("host", base, f.event.id(), f.event.host().token());
                GameClient first = GameClient.connect("first", base, f.event.id(), f.first.sessionToken());
                GameClient second = GameClient.connect("second", base, f.event.id(), f.second.sessionToken())) {
            host.joinAs(f.event.host().id());
            first.joinWithSession();
            second.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Map<String, Object> question = first.next("question");
            second.next("question");
            first.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", "Yes"));
            first.next("answer_received");

            hold.lock();
            host.send(Map.of("type", "reveal_answer"));
            hold.awaitWaiting();
            second.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", "No"));
            assertThat(second.nextError("no_question").get("message")).isEqualTo("No active question");

            hold.release();
            Map<String, Object> reveal = second.next("reveal");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> distribution = (List<Map<String, Object>>) reveal.get("distribution");
            assertThat(distribution).extracting(e -> e.get("answer") + "=" + e.get("count"))
                    .containsExactlyInAnyOrder("Yes=1", "No=0");
            assertThat(Sql.count(pool, "SELECT count(*) FROM answers WHERE participant_id = $1"
                    + " AND selected_answer IS NOT NULL", f.second.participantId())).isZero();
        }
    }

    private record Fixture(CreatedEvent event, UUID segment, Joined first, Joined second) {
    }

    private Fixture fixture() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Turns", "time_per_question", 60));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "One?", "Yes", List.of("No"));
        TestEvents.createQuestion(event, segment, "Two?", "Yes", List.of("No"));
        return new Fixture(event, segment, TestEvents.join(event, "First"), TestEvents.join(event, "Second"));
    }

    /**
     * Holds every write of one event's live state in the database: a trigger takes an advisory lock that the test
     * holds on its own connection until {@link #release}.
     */
    private Hold hold(UUID eventId) {
        long key = 1 + Math.floorMod(eventId.hashCode(), 1_000_000);
        String name = "hold_state_" + eventId.toString().replace("-", "");
        Sql.update(pool, "CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " PERFORM pg_advisory_xact_lock(" + key + "); RETURN NEW; END $$");
        Sql.update(pool, "CREATE TRIGGER " + name + " BEFORE INSERT OR UPDATE ON game_states FOR EACH ROW"
                + " WHEN (NEW.event_id = '" + eventId + "') EXECUTE FUNCTION " + name + "()");
        return new Hold(pool, name, key);
    }

    private static final class Hold implements AutoCloseable {

        private final Pool pool;
        private final String name;
        private final long key;
        private SqlConnection connection;

        Hold(Pool pool, String name, long key) {
            this.pool = pool;
            this.name = name;
            this.key = key;
        }

        void lock() {
            connection = pool.getConnectionAndAwait();
            connection.query("SELECT pg_advisory_lock(" + key + ")").executeAndAwait();
        }

        /** Until a transaction of the service waits for the lock: the command's write is in flight. */
        void awaitWaiting() {
            org.awaitility.Awaitility.await().atMost(GameClient.WAIT)
                    .until(() -> Sql.count(pool, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                            + " AND NOT granted AND objid::text = $1", Long.toString(key)) > 0);
        }

        void release() {
            if (connection != null) {
                connection.query("SELECT pg_advisory_unlock(" + key + ")").executeAndAwait();
                connection.closeAndAwait();
                connection = null;
            }
        }

        @Override
        public void close() {
            release();
            Sql.update(pool, "DROP TRIGGER IF EXISTS " + name + " ON game_states");
            Sql.update(pool, "DROP FUNCTION IF EXISTS " + name + "()");
        }
    }
}
