package io.quizcast.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventResourceTest {

    @Test
    void createAnswers201WithDefaultsAndEveryEventField() {
        Account host = TestAccounts.register("host");
        JsonPath event = given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", "Launch party", "description", "bring snacks"))
                .when().post("/api/quizzes")
                .then().statusCode(201)
                .body("host_id", equalTo(host.id().toString()))
                .body("title", equalTo("Launch party"))
                .body("join_code", matchesPattern("[A-Z0-9]{6}"))
                .body("mode", equalTo("listen_only"))
                .body("status", equalTo("waiting"))
                .body("num_fake_answers", equalTo(3))
                .body("time_per_question", equalTo(30))
                .body("questions_to_generate", equalTo(5))
                .body("question_gen_interval_seconds", nullValue())
                .body("join_locked", equalTo(false))
                .body("previous_status", nullValue())
                .body("ended_at", nullValue())
                .extract().jsonPath();
        assertThat(event.getMap("")).containsKeys("id", "host_id", "title", "description", "join_code", "mode",
                "status", "num_fake_answers", "time_per_question", "questions_to_generate",
                "question_gen_interval_seconds", "join_locked", "join_locked_at", "previous_status", "ended_at",
                "created_at");
    }

    @Test
    void createValidatesRangesWith422() {
        Account host = TestAccounts.register("host");
        given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "num_fake_answers", 6, "time_per_question", 4, "questions_to_generate", 21,
                        "question_gen_interval_seconds", 9, "mode", "loud"))
                .when().post("/api/events")
                .then().statusCode(422)
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("num_fake_answers"))
                .body("errors.field", hasItem("time_per_question"))
                .body("errors.field", hasItem("questions_to_generate"))
                .body("errors.field", hasItem("question_gen_interval_seconds"))
                .body("errors.field", hasItem("mode"));
        given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", "  "))
                .when().post("/api/quizzes")
                .then().statusCode(422).body("errors.field", hasItem("title"));
    }

    @Test
    void createWithoutATokenIs401() {
        given().contentType(ContentType.JSON).body(Map.of("title", "t"))
                .when().post("/api/quizzes")
                .then().statusCode(401).body("code", equalTo("unauthorized"));
    }

    @Test
    void listReturnsOnlyTheCallersEventsNewestFirstUnderBothNames() {
        Account host = TestAccounts.register("host");
        CreatedEvent first = TestEvents.createEvent(host, Map.of("title", "first"));
        CreatedEvent second = TestEvents.createEvent(host, Map.of("title", "second"));
        TestEvents.createEvent(TestAccounts.register("other"));
        for (String path : List.of("/api/quizzes", "/api/events")) {
            List<String> ids = given().header("Authorization", host.bearer()).get(path)
                    .then().statusCode(200).extract().jsonPath().getList("id");
            assertThat(ids).containsExactly(second.id().toString(), first.id().toString());
        }
    }

    @Test
    void aPresenterListsTheEventsItPresentsInAndNoOther() {
        Account host = TestAccounts.register("host");
        Account pat = TestAccounts.register("pat");
        CreatedEvent presented = TestEvents.createEvent(host, Map.of("title", "Pat presents"));
        TestEvents.createSegment(presented, "Pat", pat.id());
        TestEvents.createSegment(presented, "Pat again", pat.id());
        CreatedEvent notPresented = TestEvents.createEvent(host, Map.of("title", "Host only"));
        TestEvents.createSegment(notPresented, "Host", null);
        CreatedEvent patsOwn = TestEvents.createEvent(pat, Map.of("title", "Pat hosts"));
        TestEvents.createSegment(patsOwn, "Pat", pat.id());

        given().header("Authorization", pat.bearer()).get("/api/events/presented").then().statusCode(200)
                .body("id", contains(presented.id().toString()))
                .body("[0].blocked_words", nullValue());
        given().header("Authorization", host.bearer()).get("/api/events/presented").then().statusCode(200)
                .body("$", hasSize(0));
        given().get("/api/events/presented").then().statusCode(401).body("code", equalTo("unauthorized"));
    }

    @Test
    void anyAuthenticatedUserMayReadAnEvent() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account player = TestAccounts.register("player");
        given().header("Authorization", player.bearer()).get("/api/quizzes/" + event.id())
                .then().statusCode(200).body("join_code", equalTo(event.joinCode()));
        given().header("Authorization", player.bearer()).get("/api/events/" + event.id())
                .then().statusCode(200).body("id", equalTo(event.id().toString()));
        given().get("/api/events/" + event.id()).then().statusCode(401);
        given().header("Authorization", player.bearer()).get("/api/events/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("message", equalTo("Event not found")).body("code", equalTo("not_found"));
    }

    @Test
    void onlyTheHostMayUpdateAndValuesAreValidated() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account other = TestAccounts.register("other");
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", "Renamed", "num_fake_answers", 5, "time_per_question", 45, "mode", "normal",
                        "question_gen_interval_seconds", 60))
                .when().put("/api/quizzes/" + event.id())
                .then().statusCode(200)
                .body("title", equalTo("Renamed"))
                .body("num_fake_answers", equalTo(5))
                .body("time_per_question", equalTo(45))
                .body("mode", equalTo("normal"))
                .body("question_gen_interval_seconds", equalTo(60));
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body("{\"question_gen_interval_seconds\": null}")
                .when().put("/api/quizzes/" + event.id())
                .then().statusCode(200).body("question_gen_interval_seconds", nullValue())
                .body("title", equalTo("Renamed"));
        given().header("Authorization", other.bearer()).contentType(ContentType.JSON).body(Map.of("title", "Mine"))
                .when().put("/api/quizzes/" + event.id())
                .then().statusCode(403).body("code", equalTo("forbidden"));
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("time_per_question", 301))
                .when().put("/api/quizzes/" + event.id())
                .then().statusCode(422).body("errors[0].field", equalTo("time_per_question"));
        given().header("Authorization", event.host().bearer()).get("/api/quizzes/" + event.id())
                .then().body("title", equalTo("Renamed")).body("time_per_question", equalTo(45));
    }

    @Test
    void deleteIsHostOnlyAndRemovesTheEventWithEverythingInIt() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        java.util.UUID segment = TestEvents.createSegment(event, "Ann", null);
        TestEvents.createQuestion(event, segment, "2+2?", "4", List.of("3", "5"));
        TestEvents.join(event, "Alex");
        given().header("Authorization", TestAccounts.register("other").bearer()).delete("/api/quizzes/" + event.id())
                .then().statusCode(403);
        given().header("Authorization", event.host().bearer()).delete("/api/quizzes/" + event.id())
                .then().statusCode(204);
        given().header("Authorization", event.host().bearer()).get("/api/quizzes/" + event.id())
                .then().statusCode(404);
        given().get("/api/events/" + event.id() + "/participants").then().statusCode(404);
        given().header("Authorization", event.host().bearer()).get("/api/segments/" + segment + "/questions")
                .then().statusCode(404);
    }

    @Test
    void completeThenResumeRestoresThePreviousStatus() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String bearer = event.host().bearer();
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("status", "active"))
                .put("/api/quizzes/" + event.id()).then().statusCode(200).body("status", equalTo("active"));
        given().header("Authorization", bearer).post("/api/quizzes/" + event.id() + "/complete")
                .then().statusCode(200)
                .body("status", equalTo("finished"))
                .body("previous_status", equalTo("active"))
                .body("ended_at", notNullValue());
        given().header("Authorization", bearer).post("/api/quizzes/" + event.id() + "/resume")
                .then().statusCode(200)
                .header("X-Warning", equalTo("This event has no participants"))
                .body("status", equalTo("active"))
                .body("ended_at", nullValue());
        given().header("Authorization", bearer).post("/api/quizzes/" + event.id() + "/resume")
                .then().statusCode(429).body("code", equalTo("resume_too_soon"));
        given().header("Authorization", bearer).post("/api/quizzes/" + event.id() + "/clear-resume")
                .then().statusCode(200).body("previous_status", nullValue()).body("status", equalTo("active"));
    }

    @Test
    void resumeClearsThePreviousStatusSoTheClientsEndedAccidentallyControlsGoAway() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String bearer = event.host().bearer();
        given().header("Authorization", bearer).post("/api/quizzes/" + event.id() + "/complete")
                .then().statusCode(200).body("previous_status", equalTo("waiting"));
        given().header("Authorization", bearer).post("/api/quizzes/" + event.id() + "/resume")
                .then().statusCode(200)
                .body("status", equalTo("waiting"))
                .body("previous_status", nullValue());
        given().header("Authorization", bearer).get("/api/events/" + event.id())
                .then().statusCode(200)
                .body("status", equalTo("waiting"))
                .body("previous_status", nullValue());
    }

    @Test
    void resumeOfAnEventThatIsNotFinishedIs400AndHasNoWarningWithParticipants() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String bearer = event.host().bearer();
        given().header("Authorization", bearer).post("/api/quizzes/" + event.id() + "/resume")
                .then().statusCode(400).body("code", equalTo("not_resumable"));
        TestEvents.join(event, "Sam");
        given().header("Authorization", bearer).post("/api/quizzes/" + event.id() + "/complete").then().statusCode(200);
        given().header("Authorization", bearer).post("/api/quizzes/" + event.id() + "/resume")
                .then().statusCode(200).header("X-Warning", nullValue()).body("status", equalTo("waiting"));
        given().header("Authorization", TestAccounts.register("x").bearer())
                .post("/api/quizzes/" + event.id() + "/complete").then().statusCode(403);
    }
}
