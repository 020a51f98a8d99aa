package io.quizcast.game.defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.game.room.Hub;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, defect 6: {@code all_answered} is sent once per question, when the last online player's answer is
 * stored, however the answers were batched. The answers table is held while everyone answers, so the answers
 * queue up and the last ones are stored together in one group commit (as at 1,000 players).
 */
@QuarkusTest
class AllAnsweredOnceTest {

    private static final int PLAYERS = 20;
    private static final int QUESTIONS = 2;

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Inject
    Hub hub;

    @Test
    void answersStoredTogetherGiveOneAllAnsweredPerQuestion() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID round = TestEvents.createSegment(event, "Ada", null);
        for (int q = 0; q < QUESTIONS; q++) {
            TestEvents.createQuestion(event, round, "Q" + q, "A" + q, List.of("W" + q));
        }
        List<GameClient> players = new ArrayList<>();
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            for (int i = 0; i < PLAYERS; i++) {
                GameClient p = GameClient.connect("p" + i, base, event.id(),
                        TestEvents.join(event, "P" + i).sessionToken());
                players.add(p);
                p.joinWithSession();
            }
            host.send(Map.of("type", "start_game", "segment_id", round.toString()));
            for (int q = 0; q < QUESTIONS; q++) {
                SqlConnection holder = pool.getConnectionAndAwait();
                Transaction held = holder.beginAndAwait();
                holder.query("LOCK TABLE answers IN SHARE ROW EXCLUSIVE MODE").executeAndAwait();
                for (GameClient p : players) {
                    Map<String, Object> question = p.next("question");
                    p.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer",
                            "A" + q));
                }
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> hub.existingRoom(event.id()).writes.inFlight() == PLAYERS);
                held.rollbackAndAwait();
                holder.closeAndAwait();
                for (GameClient p : players) {
                    p.next("all_answered");
                }
                host.next("all_answered");
                host.send(Map.of("type", "reveal_answer"));
                host.next("reveal");
                host.send(Map.of("type", "next_question"));
            }
            host.next("segment_complete");
            for (GameClient p : players) {
                p.next("segment_complete");
                assertThat(p.types().stream().filter("all_answered"::equals).count()).as(p + " all_answered")
                        .isEqualTo(QUESTIONS);
            }
            assertThat(host.types().stream().filter("all_answered"::equals).count()).isEqualTo(QUESTIONS);
        } finally {
            players.forEach(GameClient::close);
        }
    }
}
