package io.quizcast.question;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestImages;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The question types through REST: each type's rules (422 naming the field), its fields read back as written, an
 * update that changes one field or the type, and a round trip of every field through the JSON and CSV imports and the
 * exports.
 */
@QuarkusTest
class QuestionTypesResourceTest {

    private CreatedEvent event;
    private UUID segment;

    @BeforeEach
    void createSegment() {
        event = TestEvents.createEvent(TestAccounts.register("host"));
        segment = TestEvents.createSegment(event, "Pat", null);
    }

    /** One question of every type, with every per-question field somewhere. */
    static List<Map<String, Object>> everyType() {
        return List.of(
                Map.of("question_text", "Capital?", "correct_answer", "Paris", "fake_answers", List.of("Lyon"),
                        "points", "double", "time_limit", 15, "explanation", "Since 508."),
                Map.of("type", "multiple", "question_text", "Primes?", "correct_answers", List.of("2", "3"),
                        "fake_answers", List.of("4")),
                Map.of("type", "true_false", "question_text", "Wet?", "correct_answer", "false", "points", "none"),
                Map.of("type", "type_answer", "question_text", "City?", "correct_answers",
                        List.of("Zürich", "Zurich, CH"), "typo_tolerance", 0),
                Map.of("type", "poll", "question_text", "Tea, coffee?", "options", List.of("Tea", "Coffee, black")),
                Map.of("type", "slider", "question_text", "Half of 90?", "slider",
                        Map.of("min", 0, "max", 100, "step", 2.5, "correct", 45, "tolerance", 10), "time_limit", 240),
                Map.of("type", "ordering", "question_text", "Order", "items", List.of("a", "b \"quoted\"", "c")));
    }

    @Test
    void eachTypeIsStoredAndReadBackWithItsFields() {
        List<Map<String, Object>> created = new ArrayList<>();
        for (Map<String, Object> body : everyType()) {
            created.add(post(body).then().statusCode(201).extract().jsonPath().getMap(""));
        }
        assertThat(created).extracting(q -> q.get("type")).containsExactly("single", "multiple", "true_false",
                "type_answer", "poll", "slider", "ordering");
        assertThat(created.get(0)).containsEntry("points", "double").containsEntry("time_limit", 15)
                .containsEntry("explanation", "Since 508.");
        assertThat(created.get(1)).containsEntry("correct_answer", "2")
                .containsEntry("correct_answers", List.of("2", "3")).containsEntry("fake_answers", List.of("4"));
        assertThat(created.get(2)).containsEntry("correct_answer", "False").containsEntry("points", "none");
        assertThat(created.get(3)).containsEntry("typo_tolerance", 0);
        assertThat(created.get(4)).containsEntry("options", List.of("Tea", "Coffee, black"))
                .containsEntry("correct_answer", null).containsEntry("points", "none");
        assertThat(created.get(5)).containsEntry("correct_answer", "45");
        assertThat(created.get(6)).containsEntry("items", List.of("a", "b \"quoted\"", "c"))
                .containsEntry("correct_answer", null);
    }

    @Test
    void eachTypesRulesAreRefusedNamingTheField() {
        refused(Map.of("type", "essay", "question_text", "?"), "type", "must be one of single, multiple");
        refused(Map.of("type", "multiple", "question_text", "?", "correct_answers", List.of("a")), "fake_answers",
                "at least one wrong answer");
        refused(Map.of("type", "multiple", "question_text", "?", "correct_answers", List.of("a", "b", "c", "d"),
                "fake_answers", List.of("e", "f", "g")), "correct_answers", "at most 6");
        refused(Map.of("type", "true_false", "question_text", "?", "correct_answer", "yes"), "correct_answer",
                "true or false");
        refused(Map.of("type", "type_answer", "question_text", "?"), "correct_answers", "accepted answer");
        refused(Map.of("type", "poll", "question_text", "?", "options", List.of("only")), "options", "2 to 6");
        refused(Map.of("type", "ordering", "question_text", "?", "items", List.of("a", "b")), "items", "3 to 6");
        refused(Map.of("type", "slider", "question_text", "?"), "slider", "min, max, step and tolerance");
        refused(Map.of("type", "slider", "question_text", "?", "slider",
                Map.of("min", 0, "max", 10, "step", 3, "correct", 3, "tolerance", 1)), "slider", "whole number");
        refused(Map.of("type", "slider", "question_text", "?", "slider",
                Map.of("min", 0, "max", 10, "step", 2, "correct", 3, "tolerance", 1)), "slider", "on the scale");
        refused(Map.of("question_text", "?", "correct_answer", "a", "time_limit", 300), "time_limit", "5 to 240");
        refused(Map.of("question_text", "?", "correct_answer", "a", "points", "triple"), "points", "standard");
    }

    @Test
    void anUpdateChangesOneFieldOrTheTypeAndKeepsTheRest() {
        String id = post(everyType().get(1)).then().statusCode(201).extract().path("id");
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("correct_answers", List.of("3"))).put("/api/questions/" + id)
                .then().statusCode(200).body("correct_answers", equalTo(List.of("3")))
                .body("correct_answer", equalTo("3")).body("fake_answers", equalTo(List.of("4")));
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("type", "poll", "options", List.of("x", "y"), "time_limit", 30))
                .put("/api/questions/" + id)
                .then().statusCode(200).body("type", equalTo("poll")).body("options", equalTo(List.of("x", "y")))
                .body("correct_answer", equalTo(null)).body("time_limit", equalTo(30));
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("time_limit", 0)).put("/api/questions/" + id)
                .then().statusCode(200).body("time_limit", equalTo(null)).body("type", equalTo("poll"));
    }

    @Test
    void everyFieldRoundTripsThroughJsonAndCsv() {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> body : everyType()) {
            ids.add(post(body).then().statusCode(201).extract().path("id"));
        }
        String image = given().header("Authorization", event.host().bearer()).contentType("image/png")
                .body(TestImages.of("png", 40, 30)).post("/api/events/" + event.id() + "/images").then()
                .statusCode(201).extract().path("id");
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("image_id", image)).put("/api/questions/" + ids.get(0)).then().statusCode(200)
                .body("image_id", equalTo(image));
        List<Map<String, Object>> original = list(segment);
        assertThat(original.get(0)).containsEntry("image_id", image);

        // the event's JSON export carries the questions as the JSON import takes them
        List<Map<String, Object>> exported = given().header("Authorization", event.host().bearer())
                .get("/api/events/" + event.id() + "/export?format=json").then().statusCode(200).extract()
                .jsonPath().getList("segments[0].questions");
        UUID fromJson = TestEvents.createSegment(event, "Json", null);
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("questions", exported)).post("/api/segments/" + fromJson + "/questions/bulk")
                .then().statusCode(200).body("imported", equalTo(7));
        assertThat(comparable(list(fromJson))).isEqualTo(comparable(original));

        // the questions' CSV export is what the CSV import reads
        String csv = given().header("Authorization", event.host().bearer())
                .get("/api/segments/" + segment + "/questions/export").then().statusCode(200)
                .header("Content-Disposition", containsString("questions.csv")).extract().asString();
        UUID fromCsv = TestEvents.createSegment(event, "Csv", null);
        given().header("Authorization", event.host().bearer()).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/segments/" + fromCsv + "/questions/bulk")
                .then().statusCode(200).body("imported", equalTo(7));
        assertThat(comparable(list(fromCsv))).isEqualTo(comparable(original));
    }

    @Test
    void aCsvNumberThatIsNotOneIsReportedOnItsLine() {
        String csv = "type,question_text,correct_answer,slider_min,slider_max,slider_step,slider_tolerance\n"
                + "slider,How many?,4,0,ten,1,1\n";
        given().header("Authorization", event.host().bearer()).contentType("text/csv").body(csv)
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(200).body("imported", equalTo(0)).body("errors[0].line", equalTo(2))
                .body("errors[0].field", equalTo("slider_max")).body("errors[0].reason", equalTo("must be a number"));
    }

    private io.restassured.response.Response post(Map<String, Object> body) {
        return given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/segments/" + segment + "/questions");
    }

    private void refused(Map<String, Object> body, String field, String says) {
        post(body).then().statusCode(422).body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(says));
    }

    private List<Map<String, Object>> list(UUID segmentId) {
        return given().header("Authorization", event.host().bearer()).get("/api/segments/" + segmentId + "/questions")
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    /** A question without what differs between copies (id, segment, creation time). */
    private static List<Map<String, Object>> comparable(List<Map<String, Object>> questions) {
        return questions.stream().map(q -> {
            Map<String, Object> copy = new HashMap<>(q);
            copy.remove("id");
            copy.remove("segment_id");
            copy.remove("created_at");
            return (Map<String, Object>) copy;
        }).toList();
    }
}
