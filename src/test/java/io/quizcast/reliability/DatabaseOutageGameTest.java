package io.quizcast.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestDatabase;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away during an open question while players answer, and comes back. Readiness follows it within
 * 5 s (liveness never does); every answer and host command meanwhile gets {@code unavailable}, never an
 * acknowledgement and never silence; afterwards the refused answers are accepted on retry, the game goes on, and
 * every acknowledged answer is stored exactly once. The outage lasts as long as its assertions take (about 2-3 s
 * here, not 10 s): nothing in the service counts how long the database is away (a lost connection fails at once,
 * there is no retry loop or breaker whose state grows with time), so a longer outage only waits longer.
 */
@QuarkusTest
class DatabaseOutageGameTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final int BEFORE = 2;
    private static final int RACING = 3;
    private static final int DURING = 3;

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @AfterEach
    void restoreDatabase() {
        TestDatabase.startIfStopped();
    }

    @Test
    void anOutageMidQuestionRefusesWithUnavailableAndLosesNothingAcknowledged() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Outage", "time_per_question", 300));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Survives an outage?", "Yes", List.of("No", "Maybe"));
        TestEvents.createQuestion(event, segment, "And goes on?", "Yes", List.of("No", "Maybe"));
        List<Joined> joined = new ArrayList<>();
        for (int i = 0; i < BEFORE + RACING + DURING; i++) {
            joined.add(TestEvents.join(event, "Player " + i));
        }
        List<GameClient> players = new ArrayList<>();
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            for (Joined j : joined) {
                GameClient c = GameClient.connect(j.displayName(), base, event.id(), j.sessionToken());
                players.add(c);
                c.joinWithSession();
            }
            host.send(Map.of("type", "start_game"));
            Object q1 = host.next("question").get("question_id");
            players.forEach(p -> p.next("question"));
            Set<Integer> acknowledged = new HashSet<>();
            for (int i = 0; i < BEFORE; i++) {
                answer(players.get(i), q1).next("answer_received");
                acknowledged.add(i);
            }

            // answers in flight while the database stops: each is acknowledged or refused, never left unanswered
            for (int i = BEFORE; i < BEFORE + RACING; i++) {
                answer(players.get(i), q1);
            }
            long stopAt = System.nanoTime();
            TestDatabase.stop();
            Set<Integer> refused = new HashSet<>();
            for (int i = BEFORE; i < BEFORE + RACING; i++) {
                Map<String, Object> reply = players.get(i).nextOf("answer_received", "error");
                if ("answer_received".equals(reply.get("type"))) {
                    acknowledged.add(i);
                } else {
                    assertThat(reply.get("code")).isEqualTo("unavailable");
                    refused.add(i);
                }
            }

            long readyDownMs = awaitStatus("/q/health/ready", 503, stopAt);
            given().get("/q/health/live").then().statusCode(200);
            for (int i = BEFORE + RACING; i < players.size(); i++) {
                answer(players.get(i), q1).nextError("unavailable");
                refused.add(i);
            }
            host.send(Map.of("type", "reveal_answer"));
            host.nextError("unavailable");
            host.send(Map.of("type", "next_question"));
            host.nextError("unavailable");
            for (GameClient p : players) {
                assertThat(p.isClosed()).as("sockets stay open through the outage").isFalse();
            }

            long startAt = System.nanoTime();
            long outageMs = (startAt - stopAt) / 1_000_000;
            TestDatabase.start();
            long readyUpMs = awaitStatus("/q/health/ready", 200, startAt);

            // the refused answers are accepted on retry; an answer of the racing ones that committed while its
            // reply was lost is found stored (duplicate), never stored twice
            for (int i : refused) {
                Map<String, Object> reply = answer(players.get(i), q1).nextOf("answer_received", "error");
                if ("error".equals(reply.get("type"))) {
                    assertThat(i).as("only a racing answer may have committed unseen").isBetween(BEFORE,
                            BEFORE + RACING - 1);
                    assertThat(reply.get("code")).isEqualTo("duplicate");
                }
                acknowledged.add(i);
            }
            answer(players.get(0), q1).nextError("duplicate");
            host.send(Map.of("type", "reveal_answer"));
            Map<String, Object> reveal = host.next("reveal");
            int counted = 0;
            for (Object entry : (List<?>) reveal.get("distribution")) {
                counted += ((Number) ((Map<?, ?>) entry).get("count")).intValue();
            }
            assertThat(counted).isEqualTo(players.size());
            host.send(Map.of("type", "next_question"));
            Object q2 = host.next("question").get("question_id");
            assertThat(q2).isNotEqualTo(q1);
            GameClient last = players.get(players.size() - 1);
            last.next("question");
            answer(last, q2).next("answer_received");

            assertThat(acknowledged).hasSize(players.size());
            for (Joined j : joined) {
                assertThat(Sql.count(pool, "SELECT count(*) FROM answers WHERE participant_id = $1 AND question_id = "
                        + "(SELECT question_id FROM round_questions WHERE segment_id = $2 AND position = 0)",
                        j.participantId(), segment)).as(j.displayName() + " stored once").isEqualTo(1);
            }
            assertThat(Sql.count(pool, """
                    SELECT count(*) FROM event_participants p WHERE p.event_id = $1 AND p.total_score
                        <> (SELECT coalesce(sum(points), 0) FROM answers a WHERE a.participant_id = p.id)""",
                    event.id())).as("totals equal the sum of the answer rows").isZero();
            System.out.printf("database outage: %d ms; readiness 503 after %d ms, 200 after %d ms; "
                    + "racing answers acknowledged %d of %d%n", outageMs, readyDownMs, readyUpMs,
                    RACING - refused.stream().filter(i -> i < BEFORE + RACING).count(), RACING);
        } finally {
            players.forEach(GameClient::close);
        }
    }

    private static GameClient answer(GameClient player, Object questionId) {
        return player.send(Map.of("type", "answer", "question_id", questionId, "selected_answer", "Yes"));
    }

    /** Polls until the route answers {@code status}, at most 5 s; returns the milliseconds since {@code since}. */
    private static long awaitStatus(String path, int status, long since) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get(path).then().extract().statusCode() == status);
        return (System.nanoTime() - since) / 1_000_000;
    }
}
