package io.quizcast.segment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SegmentResourceTest {

    @Test
    void legacyAndCleanCreateAppendSegmentsInOrderWithTheHostAsDefaultPresenter() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account presenter = TestAccounts.register("pres");
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("presenter_name", "Host Herself"))
                .when().post("/api/quizzes/" + event.id() + "/questions")
                .then().statusCode(201)
                .body("order_index", equalTo(0))
                .body("status", equalTo("pending"))
                .body("presenter_user_id", equalTo(event.host().id().toString()))
                .body("event_id", equalTo(event.id().toString()))
                .body("question_count", equalTo(0))
                .body("previous_status", nullValue())
                .body("ended_at", nullValue());
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("presenter_name", "Pat", "presenter_user_id", presenter.id().toString(), "title", "Space"))
                .when().post("/api/events/" + event.id() + "/segments")
                .then().statusCode(201)
                .body("order_index", equalTo(1))
                .body("title", equalTo("Space"))
                .body("presenter_user_id", equalTo(presenter.id().toString()));
        JsonPath list = given().header("Authorization", presenter.bearer())
                .get("/api/events/" + event.id() + "/segments")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("presenter_name")).containsExactly("Host Herself", "Pat");
        assertThat(list.getList("order_index", Integer.class)).containsExactly(0, 1);
    }

    @Test
    void onlyTheHostCreatesAndUnknownEventsAre404() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        given().header("Authorization", TestAccounts.register("x").bearer()).contentType(ContentType.JSON)
                .body(Map.of("presenter_name", "Pat"))
                .post("/api/events/" + event.id() + "/segments").then().statusCode(403);
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("presenter_name", "Pat"))
                .post("/api/events/" + UUID.randomUUID() + "/segments").then().statusCode(404);
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", "no presenter"))
                .post("/api/events/" + event.id() + "/segments").then().statusCode(422)
                .body("errors[0].field", equalTo("presenter_name"));
        given().contentType(ContentType.JSON).body(Map.of("presenter_name", "Pat"))
                .post("/api/events/" + event.id() + "/segments").then().statusCode(401);
    }

    @Test
    void getAndUpdateAndDeleteThroughBothRouteFamilies() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ann", null);
        CreatedEvent otherEvent = TestEvents.createEvent(event.host());
        String bearer = event.host().bearer();
        given().header("Authorization", TestAccounts.register("viewer").bearer())
                .get("/api/events/" + event.id() + "/segments/" + segment)
                .then().statusCode(200).body("presenter_name", equalTo("Ann"));
        given().header("Authorization", bearer).get("/api/events/" + otherEvent.id() + "/segments/" + segment)
                .then().statusCode(404);
        given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("title", "Intro", "status", "quiz_ready"))
                .put("/api/quizzes/" + event.id() + "/questions/" + segment)
                .then().statusCode(200).body("title", equalTo("Intro")).body("status", equalTo("quiz_ready"))
                .body("previous_status", equalTo("pending"));
        given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("presenter_name", "Annie"))
                .patch("/api/segments/" + segment)
                .then().statusCode(200).body("presenter_name", equalTo("Annie")).body("title", equalTo("Intro"));
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("status", "bogus"))
                .patch("/api/segments/" + segment).then().statusCode(422);
        given().header("Authorization", TestAccounts.register("y").bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", "x")).patch("/api/segments/" + segment).then().statusCode(403);
        given().header("Authorization", bearer).delete("/api/quizzes/" + otherEvent.id() + "/questions/" + segment)
                .then().statusCode(404);
        given().header("Authorization", bearer).delete("/api/quizzes/" + event.id() + "/questions/" + segment)
                .then().statusCode(204);
        given().header("Authorization", bearer).get("/api/events/" + event.id() + "/segments/" + segment)
                .then().statusCode(404).body("message", equalTo("Segment not found"));
    }

    @Test
    void orderIndexMovesASegmentAndTheSegmentInThatPlaceTakesItsOldOne() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID ann = TestEvents.createSegment(event, "Ann", null);
        TestEvents.createSegment(event, "Ben", null);
        UUID cat = TestEvents.createSegment(event, "Cat", null);
        String bearer = event.host().bearer();

        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("order_index", 1))
                .patch("/api/segments/" + cat)
                .then().statusCode(200).body("order_index", equalTo(1)).body("presenter_name", equalTo("Cat"));
        assertOrder(event, List.of("Ann", "Cat", "Ben"), List.of(0, 1, 2));
        // the legacy route takes it too, with the other fields
        given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("order_index", 2, "title", "Last"))
                .put("/api/quizzes/" + event.id() + "/questions/" + ann)
                .then().statusCode(200).body("order_index", equalTo(2)).body("title", equalTo("Last"));
        assertOrder(event, List.of("Ben", "Cat", "Ann"), List.of(0, 1, 2));
        // a free place: nobody else moves
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("order_index", 7))
                .patch("/api/segments/" + cat).then().statusCode(200).body("order_index", equalTo(7));
        assertOrder(event, List.of("Ben", "Ann", "Cat"), List.of(0, 2, 7));

        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("order_index", -1))
                .patch("/api/segments/" + cat).then().statusCode(422).body("errors[0].field", equalTo("order_index"));
        given().header("Authorization", TestAccounts.register("x").bearer()).contentType(ContentType.JSON)
                .body(Map.of("order_index", 0)).patch("/api/segments/" + cat).then().statusCode(403);
        assertOrder(event, List.of("Ben", "Ann", "Cat"), List.of(0, 2, 7));
    }

    @Test
    void concurrentMovesInOneEventKeepEveryPlaceTaken() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        List<UUID> ids = new ArrayList<>();
        for (String name : List.of("A", "B", "C", "D")) {
            ids.add(TestEvents.createSegment(event, name, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> moves = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                UUID segment = ids.get(i % 4);
                int place = (i * 3 + 1) % 4;
                moves.add(pool.submit(() -> given().header("Authorization", event.host().bearer())
                        .contentType(ContentType.JSON).body(Map.of("order_index", place))
                        .patch("/api/segments/" + segment).statusCode()));
            }
            for (Future<Integer> move : moves) {
                assertThat(move.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath list = given().header("Authorization", event.host().bearer())
                .get("/api/events/" + event.id() + "/segments").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("order_index", Integer.class)).containsExactly(0, 1, 2, 3);
    }

    private static void assertOrder(CreatedEvent event, List<String> presenters, List<Integer> places) {
        JsonPath list = given().header("Authorization", event.host().bearer())
                .get("/api/events/" + event.id() + "/segments").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("presenter_name")).containsExactlyElementsOf(presenters);
        assertThat(list.getList("order_index", Integer.class)).containsExactlyElementsOf(places);
    }

    @Test
    void recordingStartAndStopAreForTheHostOrThePresenter() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account presenter = TestAccounts.register("pres");
        UUID segment = TestEvents.createSegment(event, "Pat", presenter.id());
        given().header("Authorization", TestAccounts.register("z").bearer())
                .post("/api/segments/" + segment + "/recording/start").then().statusCode(403);
        given().header("Authorization", presenter.bearer()).post("/api/segments/" + segment + "/recording/start")
                .then().statusCode(200).body("status", equalTo("recording"))
                .body("recording_started_at", notNullValue());
        given().header("Authorization", event.host().bearer()).post("/api/segments/" + segment + "/recording/stop")
                .then().statusCode(200).body("status", equalTo("quiz_ready"))
                .body("recording_ended_at", notNullValue());
    }

    @Test
    void resumeOfASegmentClearsThePreviousStatusAndWarnsWhenTheEventHasNoParticipants() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ann", null);
        String bearer = event.host().bearer();
        given().header("Authorization", bearer).post("/api/segments/" + segment + "/complete")
                .then().statusCode(200).body("previous_status", equalTo("pending"));
        given().header("Authorization", bearer).post("/api/segments/" + segment + "/resume")
                .then().statusCode(200)
                .header("X-Warning", equalTo("This event has no participants"))
                .body("status", equalTo("pending"))
                .body("previous_status", nullValue());
        given().header("Authorization", bearer).get("/api/events/" + event.id() + "/segments/" + segment)
                .then().statusCode(200)
                .body("status", equalTo("pending"))
                .body("previous_status", nullValue());
    }

    @Test
    void resumeOfASegmentHasNoWarningWhenTheEventHasParticipants() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ann", null);
        String bearer = event.host().bearer();
        TestEvents.join(event, "Sam");
        given().header("Authorization", bearer).post("/api/segments/" + segment + "/complete").then().statusCode(200);
        given().header("Authorization", bearer).post("/api/segments/" + segment + "/resume")
                .then().statusCode(200)
                .header("X-Warning", nullValue())
                .body("status", equalTo("pending"));
    }

    @Test
    void completeResumeAndClearResumeOfASegment() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ann", null);
        String bearer = event.host().bearer();
        given().header("Authorization", bearer).post("/api/segments/" + segment + "/resume")
                .then().statusCode(400).body("code", equalTo("not_resumable"));
        given().header("Authorization", bearer).post("/api/segments/" + segment + "/complete")
                .then().statusCode(200).body("status", equalTo("completed")).body("previous_status", equalTo("pending"))
                .body("ended_at", notNullValue());
        given().header("Authorization", bearer).post("/api/segments/" + segment + "/resume")
                .then().statusCode(200).body("status", equalTo("pending")).body("ended_at", nullValue());
        given().header("Authorization", bearer).post("/api/segments/" + segment + "/resume")
                .then().statusCode(429);
        given().header("Authorization", bearer).post("/api/segments/" + segment + "/clear-resume")
                .then().statusCode(200).body("previous_status", nullValue());
        Account presenter = TestAccounts.register("p");
        given().header("Authorization", presenter.bearer()).post("/api/segments/" + segment + "/complete")
                .then().statusCode(403);
    }
}
