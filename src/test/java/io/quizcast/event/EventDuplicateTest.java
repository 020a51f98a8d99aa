package io.quizcast.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestImages;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An event run again: its copy has the settings, rounds, questions and pictures, and nothing of the first run. */
@QuarkusTest
class EventDuplicateTest {

    @Test
    void aCopyHasTheSettingsRoundsQuestionsAndPicturesButNoPlayersAndNothingPlayed() {
        Account host = TestAccounts.register("host");
        CreatedEvent source = TestEvents.createEvent(host, Map.of("title", "Friday quiz", "time_per_question", 25,
                "reading_time", 3, "streak_bonus", true, "blocked_words", List.of("banana")));
        UUID played = TestEvents.createTitledSegment(source, "Host", "Warm-up");
        TestEvents.createQuestion(source, played, "2 + 2?", "4", List.of("5"));
        UUID second = TestEvents.createTitledSegment(source, "Host", "Pictures");
        String image = given().header("Authorization", host.bearer()).contentType("image/png")
                .body(TestImages.of("png", 40, 30)).post("/api/events/" + source.id() + "/images").then()
                .statusCode(201).extract().path("id");
        given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                .body(Map.of("type", "slider", "question_text", "How tall (m)?", "image_id", image, "points", "double",
                        "slider", Map.of("min", 0, "max", 500, "step", 1, "correct", 330, "tolerance", 50)))
                .post("/api/segments/" + second + "/questions").then().statusCode(201);
        TestEvents.join(source, "Ann");
        given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                .body(Map.of("status", "completed")).patch("/api/segments/" + played).then().statusCode(200);

        JsonPath copy = given().header("Authorization", host.bearer()).post("/api/events/" + source.id() + "/duplicate")
                .then().statusCode(201).extract().jsonPath();

        String copyId = copy.getString("id");
        assertThat(copyId).isNotEqualTo(source.id().toString());
        assertThat(copy.getString("join_code")).isNotEqualTo(source.joinCode()).hasSize(6);
        assertThat(copy.getString("title")).isEqualTo("Friday quiz (copy)");
        assertThat(copy.getString("status")).isEqualTo("waiting");
        assertThat(copy.getInt("time_per_question")).isEqualTo(25);
        assertThat(copy.getInt("reading_time")).isEqualTo(3);
        assertThat(copy.getBoolean("streak_bonus")).isTrue();
        assertThat(copy.getList("blocked_words")).containsExactly("banana");

        List<Map<String, Object>> rounds = given().header("Authorization", host.bearer())
                .get("/api/events/" + copyId + "/segments").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(rounds).extracting(r -> r.get("title")).containsExactly("Warm-up", "Pictures");
        assertThat(rounds).extracting(r -> r.get("status")).as("nothing played in the copy")
                .containsOnly("pending");
        assertThat(rounds).extracting(r -> r.get("id")).doesNotContain(played.toString(), second.toString());

        List<Map<String, Object>> questions = given().header("Authorization", host.bearer())
                .get("/api/segments/" + rounds.get(1).get("id") + "/questions").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q).containsEntry("type", "slider").containsEntry("question_text", "How tall (m)?")
                    .containsEntry("points", "double").containsEntry("correct_answer", "330");
            assertThat(q.get("image_id")).as("the copy's own picture").isNotNull().isNotEqualTo(image);
            String etag = given().get("/api/images/" + image).then().statusCode(200).extract().header("ETag");
            given().get((String) q.get("image_url")).then().statusCode(200).header("ETag", equalTo(etag));
        });
        given().get("/api/events/" + copyId + "/participants").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void onlyTheHostCopiesAnEvent() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        given().header("Authorization", TestAccounts.register("other").bearer())
                .post("/api/events/" + event.id() + "/duplicate").then().statusCode(403)
                .body("code", equalTo("forbidden"));
        given().post("/api/events/" + event.id() + "/duplicate").then().statusCode(401);
        given().header("Authorization", event.host().bearer()).post("/api/events/" + UUID.randomUUID() + "/duplicate")
                .then().statusCode(404);
    }
}
