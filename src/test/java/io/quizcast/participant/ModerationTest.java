package io.quizcast.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The organiser's moderation: a name filter (built-in words in English and French, the event's own words) that
 * refuses a name at join and at rename with nothing stored, and the removal of a player (kick) over real sockets.
 */
@QuarkusTest
class ModerationTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aBlockedNameIsRefusedAtJoinAndNothingIsStored() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Clean", "blocked_words", List.of("Pineapple", " ")));
        for (String name : List.of("FuCk3r", "b1tch please", "F.U.C.K", "Connard", "I love pineapples",
                "Pine Apple")) {
            join(event, name).statusCode(422).body("code", equalTo("name_not_allowed"))
                    .body("message", containsString("not allowed"));
        }
        for (String name : List.of("Scunthorpe", "Dick Smith", "Ana")) {
            join(event, name).statusCode(200);
        }
        assertThat(given().get("/api/events/" + event.id() + "/participants").then().statusCode(200).extract()
                .jsonPath().getList("display_name")).containsExactlyInAnyOrder("Scunthorpe", "Dick Smith", "Ana");
        given().header("Authorization", event.host().bearer()).get("/api/quizzes")
                .then().statusCode(200).body("find { it.id == '" + event.id() + "' }.blocked_words",
                        equalTo(List.of("Pineapple")));
        given().get("/api/events/join/" + event.joinCode()).then().statusCode(200)
                .body("blocked_words", equalTo(null));
    }

    @Test
    void aRenameToABlockedNameIsRefused() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        TestEvents.Joined ann = TestEvents.join(event, "Ann");
        given().header("Authorization", ann.bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "Sh1t Head")).patch("/api/events/" + event.id() + "/participants/"
                        + ann.participantId() + "/name")
                .then().statusCode(422).body("code", equalTo("name_not_allowed"));
    }

    @Test
    void aRemovedPlayerIsClosedOutWithItsDeviceAndNameAndItsAnswersStayInTheResults() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "One?", "1", List.of("2"));
        TestEvents.Joined ann = TestEvents.join(event, "Ann");
        String bobDevice = UUID.randomUUID().toString();
        TestEvents.Joined bob = TestEvents.join(event.joinCode(), bobDevice, "Bob", null);
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient a = GameClient.connect("ann", base, event.id(), ann.sessionToken());
                GameClient b = GameClient.connect("bob", base, event.id(), bob.sessionToken())) {
            host.joinAs(event.host().id());
            a.joinWithSession();
            b.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Map<String, Object> q = b.next("question");
            b.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer", "1"));
            b.next("answer_received");

            remove(event, bob.participantId()).statusCode(200).body("removed", equalTo(true));
            assertThat(b.awaitClose()).isEqualTo(4403);
            assertThat(a.next("participant_removed")).containsEntry("user_id", bob.participantId().toString())
                    .containsEntry("username", "Bob");
            assertThat(host.next("participant_removed").get("username")).isEqualTo("Bob");
            remove(event, bob.participantId()).statusCode(200).body("removed", equalTo(true));

            // Ann answers: she is the only player left, so everyone has answered (Bob's answer is out of the room)
            a.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer", "2"));
            assertThat(a.next("all_answered")).containsEntry("answer_count", 1).containsEntry("total_players", 1);
            host.send(Map.of("type", "reveal_answer"));
            assertThat(a.next("reveal").get("correct_count")).isEqualTo(0);
        }
        join(event.joinCode(), bobDevice, "Robert").statusCode(403).body("code", equalTo("removed"));
        join(event, "bob").statusCode(422).body("code", equalTo("name_not_allowed"))
                .body("message", containsString("removed"));
        given().header("Authorization", bob.bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "Bobby"))
                .patch("/api/events/" + event.id() + "/participants/" + bob.participantId() + "/name")
                .then().statusCode(401);
        given().get("/api/events/" + event.id() + "/participants").then().statusCode(200)
                .body("display_name", not(hasItem("Bob")));
        given().header("Authorization", event.host().bearer())
                .get("/api/events/" + event.id() + "/export?format=json").then().statusCode(200)
                .body("participants.find { it.display_name == 'Bob' }.removed", equalTo(true))
                .body("answers.find { it.participant_id == '" + bob.participantId() + "' }.selected_answer",
                        equalTo("1"))
                .body("final_leaderboard.display_name", not(hasItem("Bob")));
    }

    @Test
    void onlyTheHostRemovesAndNotItsOwnSeat() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        TestEvents.Joined ann = TestEvents.join(event, "Ann");
        given().header("Authorization", TestAccounts.register("other").bearer())
                .post("/api/events/" + event.id() + "/participants/" + ann.participantId() + "/remove")
                .then().statusCode(403);
        String hostSeat = given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "The Host")).post("/api/events/" + event.id() + "/join-as-host")
                .then().statusCode(200).extract().path("participantId");
        remove(event, UUID.fromString(hostSeat)).statusCode(409).body("code", equalTo("host_not_removable"));
    }

    private static ValidatableResponse remove(CreatedEvent event, UUID participant) {
        return given().header("Authorization", event.host().bearer())
                .post("/api/events/" + event.id() + "/participants/" + participant + "/remove").then();
    }

    private static ValidatableResponse join(CreatedEvent event, String name) {
        return join(event.joinCode(), UUID.randomUUID().toString(), name);
    }

    private static ValidatableResponse join(String code, String device, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "deviceFingerprint", device, "display_name", name))
                .post("/api/events/join").then();
    }
}
