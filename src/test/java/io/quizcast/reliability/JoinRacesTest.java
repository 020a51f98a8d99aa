package io.quizcast.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.common.security.SessionTokens;
import io.quizcast.testsupport.AtOnce;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Joins and reconnects racing: one device joining many times at once is one participant; a reconnect racing the
 * old socket's close ends online, with the new socket in the game (ten times in a row). (Many joins with one name
 * at once: {@code JoinRulesTest}.)
 */
@QuarkusTest
class JoinRacesTest {

    private static final int AT_ONCE = 8;
    private static final int RECONNECTS = 10;

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void oneDeviceJoiningEightTimesAtOnceIsOneParticipant() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String device = UUID.randomUUID().toString();
        List<Joined> joins = Collections.synchronizedList(new ArrayList<>());
        Runnable[] joining = new Runnable[AT_ONCE];
        for (int i = 0; i < AT_ONCE; i++) {
            joining[i] = () -> joins.add(TestEvents.join(event.joinCode(), device, "Same Device", null));
        }
        AtOnce.run(joining);
        assertThat(joins).hasSize(AT_ONCE);
        assertThat(joins).extracting(Joined::participantId).containsOnly(joins.get(0).participantId());
        assertThat(joins).extracting(Joined::displayName).containsOnly("Same Device");
        assertThat(Sql.count(pool, "SELECT count(*) FROM event_participants WHERE event_id = $1", event.id()))
                .isEqualTo(1);
        // the rejoins queue on the row: the token of the last one committed is stored, and it is good for the socket
        String stored = Sql.rows(pool, "SELECT session_token_hash FROM event_participants WHERE event_id = $1",
                event.id()).get(0).getString("session_token_hash");
        Joined last = joins.stream().filter(j -> SessionTokens.hash(j.sessionToken()).equals(stored)).findFirst()
                .orElseThrow(() -> new AssertionError("no join answered with the stored session token"));
        try (GameClient c = GameClient.connect("device", base, event.id(), last.sessionToken())) {
            assertThat(c.joinWithSession().get("you")).isNotNull();
        }
    }

    @Test
    void aReconnectRacingTheOldSocketsCloseEndsOnlineAndInTheGame() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Reconnects", "time_per_question", 300));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Still here?", "Yes", List.of("No"));
        Joined player = TestEvents.join(event, "Flaky");
        Joined other = TestEvents.join(event, "Steady");
        List<GameClient> opened = new ArrayList<>();
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient steady = GameClient.connect("steady", base, event.id(), other.sessionToken())) {
            host.joinAs(event.host().id());
            steady.joinWithSession();
            GameClient current = GameClient.connect("flaky-0", base, event.id(), player.sessionToken());
            opened.add(current);
            current.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Object question = host.next("question").get("question_id");
            for (int i = 1; i <= RECONNECTS; i++) {
                GameClient old = current;
                GameClient fresh = GameClient.connect("flaky-" + i, base, event.id(), player.sessionToken());
                opened.add(fresh);
                AtOnce.run(old::close, () -> fresh.send(Map.of("type", "join")));
                fresh.next("connected");
                assertThat(fresh.next("state_restored").get("current_question_id")).isEqualTo(question);
                current = fresh;
                await().atMost(GameClient.WAIT).until(() -> online(event, player.participantId()));
            }
            GameClient last = current;
            last.send(Map.of("type", "answer", "question_id", question, "selected_answer", "Yes"));
            last.next("answer_received");
            steady.send(Map.of("type", "answer", "question_id", question, "selected_answer", "No"));
            steady.next("answer_received");
            // every online player answered: the room counts the reconnected player once, online
            last.next("all_answered");
            assertThat(online(event, player.participantId())).isTrue();
            host.send(Map.of("type", "reveal_answer"));
            last.next("reveal");
            assertThat(last.types().stream().filter("reveal"::equals).count()).isEqualTo(1);
        } finally {
            opened.forEach(GameClient::close);
        }
        assertThat(Sql.count(pool, "SELECT count(*) FROM answers WHERE participant_id = $1", player.participantId()))
                .isEqualTo(1);
        assertThat(Sql.count(pool, """
                SELECT count(*) FROM event_participants p WHERE p.event_id = $1 AND p.total_score
                    <> (SELECT coalesce(sum(points), 0) FROM answers a WHERE a.participant_id = p.id)""", event.id()))
                .isZero();
    }

    private static boolean online(CreatedEvent event, UUID participantId) {
        return given().get("/api/events/" + event.id() + "/participants").then().statusCode(200).extract()
                .jsonPath().getBoolean("find { it.participant_id == '" + participantId + "' }.online");
    }
}
