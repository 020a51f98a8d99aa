package io.quizcast.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantRoutesTest {

    @Inject
    Pool pool;

    @Test
    void participantsAreListedByScoreWithEveryField() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined low = TestEvents.join(event, "Low");
        Joined high = TestEvents.join(event, "High");
        Sql.update(pool, "UPDATE event_participants SET total_score = 500 WHERE id = $1", high.participantId());
        var list = given().get("/api/events/" + event.id() + "/participants").then().statusCode(200)
                .body("display_name", contains("High", "Low"))
                .body("[0].id", equalTo(high.participantId().toString()))
                .body("[0].user_id", equalTo(high.participantId().toString()))
                .body("[0].total_score", equalTo(500))
                .body("[0].online", equalTo(false))
                .extract().jsonPath();
        assertThat(list.getMap("[1]")).containsKeys("id", "participant_id", "user_id", "event_id", "display_name",
                "avatar_url", "avatar_type", "total_score", "total_response_time_ms", "join_status", "is_late_joiner",
                "joined_at", "online");
        assertThat(low.participantId()).isNotNull();
    }

    @Test
    void aParticipantRenamesItselfWithItsSessionTokenAndNamesStayUnique() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        TestEvents.join(event, "Robin");
        Joined sam = TestEvents.join(event, "Sam");
        given().header("Authorization", sam.bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "Robin"))
                .patch("/api/events/" + event.id() + "/participants/" + sam.participantId() + "/name")
                .then().statusCode(200)
                .body("display_name", equalTo("Robin 2"))
                .body("participant_id", equalTo(sam.participantId().toString()));
    }

    @Test
    void theHostMayRenameAnyoneAndStrangersMayNot() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined sam = TestEvents.join(event, "Sam");
        Joined other = TestEvents.join(event, "Other");
        String path = "/api/events/" + event.id() + "/participants/" + sam.participantId() + "/name";
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "Samantha")).patch(path)
                .then().statusCode(200).body("display_name", equalTo("Samantha"));
        given().header("Authorization", other.bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "Hacked")).patch(path).then().statusCode(403);
        given().header("Authorization", TestAccounts.register("x").bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "Hacked")).patch(path).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("display_name", "Hacked")).patch(path).then().statusCode(401);
        given().header("Authorization", "Bearer unknown-session-token").contentType(ContentType.JSON)
                .body(Map.of("display_name", "Hacked")).patch(path).then().statusCode(401);
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "   ")).patch(path).then().statusCode(422);
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "X"))
                .patch("/api/events/" + event.id() + "/participants/" + UUID.randomUUID() + "/name").then()
                .statusCode(404);
        given().get("/api/events/" + event.id() + "/participants").then().body("display_name",
                contains("Samantha", "Other"));
    }

    @Test
    void anAccountParticipantIsNamedByItsAccountId() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account player = TestAccounts.register("acct");
        TestEvents.join(event.joinCode(), UUID.randomUUID().toString(), "Acct", player.bearer());
        given().header("Authorization", player.bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "Renamed"))
                .patch("/api/events/" + event.id() + "/participants/" + player.id() + "/name")
                .then().statusCode(200).body("display_name", equalTo("Renamed"))
                .body("id", equalTo(player.id().toString()));
    }

    @Test
    void recoverMovesAParticipantToANewDeviceByName() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined original = TestEvents.join(event, "Kim");
        String newDevice = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("display_name", "Kim", "new_device_fingerprint", newDevice))
                .post("/api/events/" + event.joinCode() + "/recover-participant")
                .then().statusCode(200)
                .body("isRejoining", equalTo(true))
                .body("participantId", equalTo(original.participantId().toString()))
                .body("deviceId", equalTo(newDevice))
                .body("sessionToken", org.hamcrest.Matchers.not(equalTo(original.sessionToken())));
        given().contentType(ContentType.JSON)
                .body(Map.of("display_name", "Nobody", "new_device_fingerprint", newDevice))
                .post("/api/events/" + event.id() + "/recover-participant").then().statusCode(404);
        // the old session token no longer names anyone
        given().header("Authorization", original.bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "Z"))
                .patch("/api/events/" + event.id() + "/participants/" + original.participantId() + "/name")
                .then().statusCode(401);
    }

    @Test
    void theHostJoinsAsAPlayerOnlyWhileJoiningIsOpen() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "The Host"))
                .post("/api/events/" + event.id() + "/join-as-host")
                .then().statusCode(200).body("displayName", equalTo("The Host")).body("isRejoining", equalTo(false));
        given().get("/api/events/" + event.id() + "/participants").then()
                .body("[0].id", equalTo(event.host().id().toString()));
        given().header("Authorization", TestAccounts.register("x").bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "Me")).post("/api/events/" + event.id() + "/join-as-host")
                .then().statusCode(403);
        CreatedEvent locked = TestEvents.createEvent(event.host());
        given().header("Authorization", event.host().bearer()).post("/api/events/" + locked.id() + "/join/lock");
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "The Host")).post("/api/events/" + locked.id() + "/join-as-host")
                .then().statusCode(403).body("code", equalTo("join_locked"));
    }

    @Test
    void lockUnlockAndStatus() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account viewer = TestAccounts.register("viewer");
        String base = "/api/events/" + event.id() + "/join";
        given().header("Authorization", viewer.bearer()).get(base + "/status").then().statusCode(200)
                .body("join_locked", equalTo(false)).body("join_locked_at", nullValue())
                .body("message", equalTo("Open"));
        given().header("Authorization", viewer.bearer()).post(base + "/lock").then().statusCode(403);
        given().header("Authorization", event.host().bearer()).post(base + "/lock").then().statusCode(200)
                .body("join_locked", equalTo(true)).body("join_locked_at", notNullValue())
                .body("message", notNullValue());
        given().header("Authorization", viewer.bearer()).get(base + "/status").then().statusCode(200)
                .body("join_locked", equalTo(true)).body("message", equalTo("Locked"));
        given().header("Authorization", event.host().bearer()).post(base + "/unlock").then().statusCode(200)
                .body("join_locked", equalTo(false));
        given().get(base + "/status").then().statusCode(401);
    }
}
