package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.game.owner.Ownership;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One owner per live event, seen from one process with another process played by SQL: a socket makes this process
 * the owner; a take-over elsewhere (heard through NOTIFY, or found by the renewal or by a fenced write when the
 * notice was missed) closes the sockets here with 1001 and nothing more of the event is written here; a socket that
 * arrives afterwards takes the event back and the game goes on from the database.
 */
@QuarkusTest
class OwnershipTest {

    private static final String OTHER = "another-process";

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Inject
    Ownership ownership;

    @Test
    void aSocketMakesThisProcessTheEventsOwner() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            Row owner = ownerRow(event.id());
            assertThat(owner.getString("owner")).isEqualTo(ownership.ownerId());
            assertThat(owner.getLong("epoch")).isPositive();
            assertThat(ownership.epochOf(event.id())).isEqualTo(owner.getLong("epoch"));
        }
    }

    @Test
    void aTransactionLeftOpenByAHungProcessEndsAfterALease() {
        // else a hung owner's fence (a share lock on the owner row) would block a take-over for ever
        assertThat(Sql.rows(pool, "SHOW idle_in_transaction_session_timeout").get(0).getString(0)).isEqualTo("3s");
    }

    @Test
    void aTakeOverHeardThroughNotifyClosesTheSocketsHereAndASocketArrivingTakesTheEventBack() {
        Game game = openQuestion();
        long epoch = ownerRow(game.event.id()).getLong("epoch");

        takeOver(game.event.id(), true);
        for (GameClient c : game.clients()) {
            assertThat(c.awaitClose()).as(c + " told to reconnect elsewhere").isEqualTo(1001);
        }
        assertThat(ownership.epochOf(game.event.id())).isNull();

        try (GameClient player = GameClient.connect("back", base, game.event.id(), game.player.sessionToken())) {
            player.joinWithSession();
            Map<String, Object> restored = player.next("state_restored");
            assertThat(restored.get("current_question_id")).isEqualTo(game.questionId);
            assertThat(ownerRow(game.event.id()).getString("owner")).isEqualTo(ownership.ownerId());
            assertThat(ownerRow(game.event.id()).getLong("epoch")).as("taken back: a new epoch").isEqualTo(epoch + 2);
            player.send(Map.of("type", "answer", "question_id", game.questionId, "selected_answer", "Yes"));
            player.next("answer_received");
        } finally {
            game.close();
        }
        assertThat(answers(game.event.id())).isEqualTo(1);
    }

    @Test
    void aRoomTakenBackReadsTheAnswersScoresAndSettingsStoredBeforeTheTakeOver() {
        Game game = openQuestion();
        game.player1.send(Map.of("type", "answer", "question_id", game.questionId, "selected_answer", "Yes"));
        game.player1.next("answer_received");
        long before = Sql.count(pool, "SELECT total_score FROM event_participants WHERE id = $1",
                game.player.participantId());
        assertThat(before).as("a right answer scores").isPositive();

        takeOver(game.event.id(), true);
        for (GameClient c : game.clients()) {
            assertThat(c.awaitClose()).isEqualTo(1001);
        }
        try (GameClient player = GameClient.connect("back", base, game.event.id(), game.player.sessionToken())) {
            player.joinWithSession();
            Map<String, Object> restored = player.next("state_restored");
            assertThat(restored).containsEntry("current_question_id", game.questionId)
                    .containsEntry("current_phase", "showing_question").containsEntry("your_answer", "Yes")
                    .containsEntry("your_score", (int) before).containsEntry("time_limit", 300);
            player.send(Map.of("type", "answer", "question_id", game.questionId, "selected_answer", "No"));
            assertThat(player.next("error").get("message").toString()).containsIgnoringCase("already");
        } finally {
            game.close();
        }
        assertThat(answers(game.event.id())).as("the answer stored once").isEqualTo(1);
    }

    @Test
    void aWriteAfterAMissedTakeOverStoresNothingAndClosesTheSockets() {
        Game game = openQuestion();
        String stateBefore = phase(game.event.id());

        takeOver(game.event.id(), false);
        // the fence or the renewal (every third of the 3 s test lease), whichever comes first, finds the loss
        game.player1.send(Map.of("type", "answer", "question_id", game.questionId, "selected_answer", "Yes"));
        game.host.send(Map.of("type", "reveal_answer"));
        for (GameClient c : game.clients()) {
            assertThat(c.awaitClose()).as(c + " closed").isEqualTo(1001);
        }
        assertThat(game.player1.types()).doesNotContain("answer_received");
        assertThat(game.host.types()).doesNotContain("reveal");
        assertThat(answers(game.event.id())).as("nothing stored after the take-over").isZero();
        assertThat(phase(game.event.id())).isEqualTo(stateBefore);
        assertThat(ownerRow(game.event.id()).getString("owner")).isEqualTo(OTHER);
        game.close();
    }

    @Test
    void theRenewalFindsATakeOverWhoseNoticeWasMissed() {
        Game game = openQuestion();
        takeOver(game.event.id(), false);
        await().atMost(Duration.ofSeconds(5)).until(() -> game.clients().stream().allMatch(GameClient::isClosed));
        for (GameClient c : game.clients()) {
            assertThat(c.awaitClose()).isEqualTo(1001);
        }
        assertThat(ownerRow(game.event.id()).getString("owner")).isEqualTo(OTHER);
        game.close();
    }

    private record Game(CreatedEvent event, Joined player, GameClient host, GameClient player1, Object questionId) {

        List<GameClient> clients() {
            return List.of(host, player1);
        }

        void close() {
            host.close();
            player1.close();
        }
    }

    private Game openQuestion() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Owned", "time_per_question", 300));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Who runs this?", "Yes", List.of("No"));
        Joined joined = TestEvents.join(event, "Player");
        GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
        GameClient player = GameClient.connect("player", base, event.id(), joined.sessionToken());
        host.joinAs(event.host().id());
        player.joinWithSession();
        host.send(Map.of("type", "start_game"));
        Object questionId = host.next("question").get("question_id");
        player.next("question");
        return new Game(event, joined, host, player, questionId);
    }

    /** What another process's take-over does (Ownership's statement), with or without its notice. */
    private void takeOver(UUID eventId, boolean notify) {
        Row taken = Sql.rows(pool, """
                UPDATE event_owners SET owner = $2, epoch = epoch + 1, expires_at = now() + interval '10 seconds'
                WHERE event_id = $1 RETURNING epoch""", eventId, OTHER).get(0);
        if (notify) {
            Sql.rows(pool, "SELECT 1 FROM pg_notify('quizcast_owners', $1)",
                    eventId + " " + taken.getLong("epoch") + " " + OTHER);
        }
    }

    private Row ownerRow(UUID eventId) {
        return Sql.rows(pool, "SELECT owner, epoch FROM event_owners WHERE event_id = $1", eventId).get(0);
    }

    private long answers(UUID eventId) {
        return Sql.count(pool, """
                SELECT count(*) FROM answers a JOIN segments s ON s.id = a.segment_id WHERE s.event_id = $1""",
                eventId);
    }

    private String phase(UUID eventId) {
        return Sql.rows(pool, "SELECT phase FROM game_states WHERE event_id = $1", eventId).get(0).getString(0);
    }
}
