package io.quizcast.testsupport;

import static io.restassured.RestAssured.given;

import io.quizcast.testsupport.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates events, segments, questions and participants over the real HTTP API. */
public final class TestEvents {

    public static final String DEFAULT_TITLE = "Friday Quiz";

    /** A created event. */
    public record CreatedEvent(UUID id, String joinCode, Account host) {
    }

    /** A joined participant: ids and the session token. */
    public record Joined(UUID participantId, UUID deviceId, String sessionToken, String displayName) {

        public String bearer() {
            return "Bearer " + sessionToken;
        }
    }

    private TestEvents() {
    }

    public static CreatedEvent createEvent(Account host) {
        return createEvent(host, Map.of("title", DEFAULT_TITLE));
    }

    public static CreatedEvent createEvent(Account host, Map<String, Object> body) {
        JsonPath event = given().header("Authorization", host.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/quizzes").then().statusCode(201).extract().jsonPath();
        return new CreatedEvent(UUID.fromString(event.getString("id")), event.getString("join_code"), host);
    }

    public static UUID createSegment(CreatedEvent event, String presenterName, UUID presenterUserId) {
        Map<String, Object> body = presenterUserId == null
                ? Map.of("presenter_name", presenterName)
                : Map.of("presenter_name", presenterName, "presenter_user_id", presenterUserId.toString());
        return UUID.fromString(given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(body).post("/api/events/" + event.id() + "/segments")
                .then().statusCode(201).extract().path("id"));
    }

    /** A segment with a title (the console calls it a round). */
    public static UUID createTitledSegment(CreatedEvent event, String presenterName, String title) {
        return UUID.fromString(given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("presenter_name", presenterName, "title", title))
                .post("/api/events/" + event.id() + "/segments")
                .then().statusCode(201).extract().path("id"));
    }

    public static UUID createQuestion(CreatedEvent event, UUID segmentId, String text, String correct,
            List<String> fakes) {
        return UUID.fromString(given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("question_text", text, "correct_answer", correct, "fake_answers", fakes))
                .post("/api/segments/" + segmentId + "/questions")
                .then().statusCode(201).extract().path("id"));
    }

    public static Joined join(CreatedEvent event, String displayName) {
        return join(event.joinCode(), UUID.randomUUID().toString(), displayName, null);
    }

    public static Joined join(String code, String fingerprint, String displayName, String bearer) {
        var request = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "deviceFingerprint", fingerprint, "display_name", displayName));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        JsonPath body = request.post("/api/events/join").then().statusCode(200).extract().jsonPath();
        return new Joined(UUID.fromString(body.getString("participantId")), UUID.fromString(body.getString("deviceId")),
                body.getString("sessionToken"), body.getString("displayName"));
    }
}
