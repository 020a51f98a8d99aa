package io.quizcast.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.common.security.SessionTokens;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JoinRulesTest {

    @Inject
    Pool pool;

    private static ValidatableResponse join(String code, String fingerprint, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "device_fingerprint", fingerprint, "display_name", name))
                .when().post("/api/events/join").then();
    }

    @Test
    void aJoinAnswersTheCamelCaseShape() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String device = UUID.randomUUID().toString();
        join(event.joinCode().toLowerCase(), device, "  Alex  ").statusCode(200)
                .body("eventId", equalTo(event.id().toString()))
                .body("participantId", notNullValue())
                .body("deviceId", equalTo(device))
                .body("sessionToken", notNullValue())
                .body("displayName", equalTo("Alex"))
                .body("isRejoining", equalTo(false));
    }

    @Test
    void lookUpByCodeIsCaseInsensitiveAndUnknownCodesAre404() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        given().get("/api/events/join/" + event.joinCode().toLowerCase())
                .then().statusCode(200).body("id", equalTo(event.id().toString()));
        given().get("/api/events/join/ZZZZZZ1").then().statusCode(404).body("message", equalTo("Event not found"));
    }

    @Test
    void rule1UnknownCodeIs404AndAFinishedEventIs409() {
        join("NOPE42", UUID.randomUUID().toString(), "Alex").statusCode(404)
                .body("detail", equalTo("Event not found")).body("code", equalTo("not_found"));
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        given().header("Authorization", event.host().bearer()).post("/api/quizzes/" + event.id() + "/complete")
                .then().statusCode(200);
        join(event.joinCode(), UUID.randomUUID().toString(), "Alex").statusCode(409)
                .body("message", equalTo("Event has ended")).body("code", equalTo("event_ended"));
    }

    @Test
    void rule2LockedIs403AfterTheFiveSecondGraceAnd200Within() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        given().header("Authorization", event.host().bearer()).post("/api/events/" + event.id() + "/join/lock")
                .then().statusCode(200).body("join_locked", equalTo(true));
        join(event.joinCode(), UUID.randomUUID().toString(), "Quick").statusCode(200);
        // move the lock 10 s into the past instead of waiting for the grace to run out
        Sql.update(pool, "UPDATE events SET join_locked_at = now() - interval '10 seconds' WHERE id = $1", event.id());
        join(event.joinCode(), UUID.randomUUID().toString(), "Slow").statusCode(403)
                .body("message", equalTo("Event joining is locked")).body("code", equalTo("join_locked"));
        given().header("Authorization", event.host().bearer()).post("/api/events/" + event.id() + "/join/unlock")
                .then().statusCode(200).body("join_locked", equalTo(false));
        join(event.joinCode(), UUID.randomUUID().toString(), "Slow").statusCode(200);
    }

    @Test
    void rule3TheSameDeviceInAnotherActiveEventIs409() {
        CreatedEvent first = TestEvents.createEvent(TestAccounts.register("host"));
        CreatedEvent second = TestEvents.createEvent(TestAccounts.register("host"));
        String device = "browser-fingerprint-" + UUID.randomUUID();
        join(first.joinCode(), device, "Alex").statusCode(200);
        join(second.joinCode(), device, "Alex").statusCode(409)
                .body("message", containsString("already in another active event"));
        given().header("Authorization", first.host().bearer()).post("/api/quizzes/" + first.id() + "/complete");
        join(second.joinCode(), device, "Alex").statusCode(200);
    }

    @Test
    void rule4TheSameDeviceRejoinsAsTheSameParticipantWithAFreshToken() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String device = "not-a-uuid-" + UUID.randomUUID();
        Joined first = TestEvents.join(event.joinCode(), device, "Alex", null);
        join(event.joinCode(), device, "Someone Else").statusCode(200)
                .body("isRejoining", equalTo(true))
                .body("participantId", equalTo(first.participantId().toString()))
                .body("deviceId", equalTo(first.deviceId().toString()))
                .body("displayName", equalTo("Alex"))
                .body("sessionToken", org.hamcrest.Matchers.not(equalTo(first.sessionToken())));
        assertThat(Sql.count(pool, "SELECT count(*) FROM event_participants WHERE event_id = $1", event.id()))
                .isEqualTo(1);
    }

    @Test
    void rule5NamesAreMadeUniqueWithASuffix() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        assertThat(TestEvents.join(event, "Alex").displayName()).isEqualTo("Alex");
        assertThat(TestEvents.join(event, "Alex").displayName()).isEqualTo("Alex 2");
        assertThat(TestEvents.join(event, "alex").displayName()).isEqualTo("alex");
        assertThat(TestEvents.join(event, " Alex ").displayName()).isEqualTo("Alex 3");
    }

    @Test
    void tenSimultaneousJoinsWithOneNameEndWithTenDistinctNames() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        ExecutorService pool10 = Executors.newFixedThreadPool(10);
        try {
            List<CompletableFuture<Integer>> statuses = new ArrayList<>();
            List<CompletableFuture<String>> names = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                CompletableFuture<io.restassured.response.Response> response = CompletableFuture
                        .supplyAsync(() -> given().contentType(ContentType.JSON)
                                .body(Map.of("code", event.joinCode(), "device_fingerprint",
                                        UUID.randomUUID().toString(),
                                        "display_name", "Alex"))
                                .post("/api/events/join"), pool10);
                statuses.add(response.thenApply(io.restassured.response.Response::statusCode));
                names.add(response.thenApply(r -> r.jsonPath().getString("displayName")));
            }
            CompletableFuture.allOf(names.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertThat(statuses).extracting(CompletableFuture::join).containsOnly(200);
            List<String> expected = new ArrayList<>(List.of("Alex"));
            for (int n = 2; n <= 10; n++) {
                expected.add("Alex " + n);
            }
            assertThat(names).extracting(CompletableFuture::join).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(Sql.count(pool, "SELECT count(*) FROM event_participants WHERE event_id = $1", event.id()))
                    .isEqualTo(10);
        } finally {
            pool10.shutdownNow();
        }
    }

    @Test
    void rule6AJoinWhileAQuizRunsIsALateJoinerWaitingForTheSegment() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ann", null);
        Joined early = TestEvents.join(event, "Early");
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("status", "quizzing")).patch("/api/segments/" + segment).then().statusCode(200);
        Joined late = TestEvents.join(event, "Late");
        var list = given().get("/api/events/" + event.id() + "/participants").then().statusCode(200).extract()
                .jsonPath();
        assertThat(list.getList("findAll { it.participant_id == '" + late.participantId() + "' }.is_late_joiner"))
                .containsExactly(true);
        assertThat(list.getList("findAll { it.participant_id == '" + late.participantId() + "' }.join_status"))
                .containsExactly("waiting_for_segment");
        assertThat(list.getList("findAll { it.participant_id == '" + early.participantId() + "' }.join_status"))
                .containsExactly("active");
    }

    @Test
    void aBearerAccountTokenLinksTheParticipantToTheAccount() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account player = TestAccounts.register("player");
        Joined joined = TestEvents.join(event.joinCode(), UUID.randomUUID().toString(), "Linked", player.bearer());
        given().get("/api/events/" + event.id() + "/participants").then().statusCode(200)
                .body("[0].id", equalTo(player.id().toString()))
                .body("[0].user_id", equalTo(player.id().toString()))
                .body("[0].participant_id", equalTo(joined.participantId().toString()));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not.a.jwt")
                .body(Map.of("code", event.joinCode(), "device_fingerprint", "x", "display_name", "Y"))
                .post("/api/events/join").then().statusCode(401);
    }

    @Test
    void sessionTokensAreStoredOnlyAsHashesAndAttemptsAreRecorded() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined joined = TestEvents.join(event, "Hashy");
        String stored = Sql.rows(pool, "SELECT session_token_hash FROM event_participants WHERE id = $1",
                joined.participantId()).get(0).getString(0);
        assertThat(joined.sessionToken()).hasSizeGreaterThanOrEqualTo(43); // 256 bits in base64url
        assertThat(stored).isEqualTo(SessionTokens.hash(joined.sessionToken())).isNotEqualTo(joined.sessionToken());
        join(event.joinCode(), joined.deviceId().toString(), "Hashy").statusCode(200);
        given().header("Authorization", event.host().bearer()).post("/api/events/" + event.id() + "/join/lock");
        Sql.update(pool, "UPDATE events SET join_locked_at = now() - interval '1 minute' WHERE id = $1", event.id());
        join(event.joinCode(), UUID.randomUUID().toString(), "Blocked").statusCode(403);
        List<String> outcomes = Sql
                .rows(pool, "SELECT outcome FROM join_attempts WHERE event_id = $1 ORDER BY attempted_at",
                        event.id())
                .stream().map(r -> r.getString(0)).toList();
        assertThat(outcomes).containsExactly("joined", "rejoined", "join_locked");
    }
}
