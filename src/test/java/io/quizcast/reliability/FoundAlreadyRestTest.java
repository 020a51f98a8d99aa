package io.quizcast.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The REST defects of issue 11's "found already" list, each pinned: NUL, trailing content, 413, blank names. */
@QuarkusTest
class FoundAlreadyRestTest {

    @TestHTTPResource("/")
    URI base;

    private static final String NUL = "a\u0000b";

    @Test
    void aNulInAnEventTitleIsRefusedWith422AndCreatesNothing() {
        Account host = TestAccounts.register("host");
        assertValidationError(given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", NUL)).post("/api/quizzes").then(), "title");
        assertThat(eventCount(host)).isZero();
    }

    @Test
    void aNulInAUsernameOrDisplayNameIsRefusedWith422() {
        assertValidationError(given().contentType(ContentType.JSON)
                .body(Map.of("username", "nul" + NUL, "password", TestAccounts.DEFAULT_PASSWORD))
                .post("/api/auth/register").then(), "username");
        assertValidationError(given().contentType(ContentType.JSON)
                .body(Map.of("username", TestAccounts.uniqueUsername("nul"), "password",
                        TestAccounts.DEFAULT_PASSWORD, "display_name", NUL))
                .post("/api/auth/register").then(), "display_name");
        Account account = TestAccounts.register("nul");
        assertValidationError(given().header("Authorization", account.bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", NUL)).put("/api/auth/profile").then(), "display_name");
    }

    @Test
    void aNulInAJoinDisplayNameIsRefusedWith422() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        assertValidationError(given().contentType(ContentType.JSON)
                .body(Map.of("code", event.joinCode(), "deviceFingerprint", UUID.randomUUID().toString(),
                        "display_name", NUL))
                .post("/api/events/join").then(), "display_name");
    }

    @Test
    void aNulInACsvCellIsRefusedWith422AndImportsNothing() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        given().header("Authorization", event.host().bearer()).contentType("text/csv")
                .body("question_text,correct_answer,fake_answer_1\nQ1,A,B\nQ" + NUL + ",A,B\n")
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(422).contentType(ContentType.JSON)
                .body("code", equalTo("validation_failed"))
                .body("errors[0].field", equalTo("body"))
                .body("detail", startsWith("body: CSV must not contain the NUL character (line 3)"));
        given().header("Authorization", event.host().bearer()).get("/api/segments/" + segment + "/questions")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aNulInABulkJsonQuestionIsRefusedWith422() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        assertValidationError(given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("questions", java.util.List.of(Map.of("question_text", "Q", "correct_answer", NUL))))
                .post("/api/segments/" + segment + "/questions/bulk").then(), "questions.0.correct_answer");
    }

    @Test
    void garbageAfterTheBodyIsA400AndCreatesNoEvent() {
        Account host = TestAccounts.register("host");
        for (String body : new String[]{"{\"title\":\"x\"} garbage", "{\"title\":\"x\"}{\"title\":\"y\"}",
                "{\"title\":\"x\"}}", "{\"title\":\"x\"} 1", "{\"title\":\"x\",\"title\":\"y\"}"}) {
            given().header("Authorization", host.bearer()).contentType(ContentType.JSON).body(body)
                    .post("/api/quizzes")
                    .then().statusCode(400).contentType(ContentType.JSON)
                    .body("code", equalTo("bad_request"))
                    .body("detail", equalTo("Malformed JSON body"))
                    .body("error", equalTo("Malformed JSON body"))
                    .body("message", equalTo("Malformed JSON body"));
        }
        assertThat(eventCount(host)).isZero();
    }

    @Test
    void aBodyOverOneMegabyteIs413InTheErrorShape() {
        Account host = TestAccounts.register("host");
        String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
        given().header("Authorization", host.bearer()).contentType(ContentType.JSON).body(huge)
                .post("/api/quizzes")
                .then().statusCode(413).contentType(ContentType.JSON)
                .body("code", equalTo("payload_too_large"))
                .body("detail", startsWith("Request body too large"));
        assertThat(eventCount(host)).isZero();
    }

    @Test
    void aChunkedBodyOverOneMegabyteIs413InTheErrorShapeAndASmallOneIsRead() throws Exception {
        // no Content-Length (a body of unknown length is sent chunked): the size is known only as it streams in
        Account host = TestAccounts.register("host");
        HttpResponse<String> huge = postChunked(host, "{\"title\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(huge.body()).contains("\"code\":\"payload_too_large\"").contains("Request body too large");
        assertThat(eventCount(host)).isZero();

        HttpResponse<String> small = postChunked(host, "{\"title\":\"Chunked\"}");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
        assertThat(small.body()).contains("\"title\":\"Chunked\"");
        assertThat(eventCount(host)).isEqualTo(1);
    }

    private HttpResponse<String> postChunked(Account host, String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/quizzes"))
                .header("Authorization", host.bearer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request,
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNumberOrBooleanWhereTextIsExpectedIs422NotText() {
        // found by HostileHttpTest: Jackson turned `true` and `1e308` into the display name "true" and "1.0E308"
        Account account = TestAccounts.register("typed");
        for (Object wrong : new Object[]{true, 42, 1.5}) {
            assertValidationError(given().header("Authorization", account.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("display_name", wrong)).put("/api/auth/profile").then(), "display_name");
        }
        given().header("Authorization", account.bearer()).get("/api/auth/me")
                .then().statusCode(200).body("display_name", equalTo("typed"));
    }

    @Test
    void aFieldGivenUnderItsNameAndItsAliasIs422() {
        // found by HostileHttpTest: Jackson failed with an InvalidDefinitionException, logged at ERROR
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        assertValidationError(given().contentType(ContentType.JSON)
                // every field of the record first: the repeat comes after Jackson has built it
                .body("{\"display_name\":\"Twice\",\"avatar_url\":null,\"avatar_type\":null,\"code\":\""
                        + event.joinCode() + "\",\"deviceFingerprint\":\"a\",\"device_fingerprint\":\"b\"}")
                .post("/api/events/join").then(), "device_fingerprint")
                .body("errors[0].message", equalTo("is given twice, under two names"));
    }

    @Test
    void aNulInThePathIs400() {
        // found by HostileHttpTest: a join code holding NUL reached PostgreSQL and answered 500
        given().urlEncodingEnabled(false).get("/api/events/join/AB%00CD").then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("code", equalTo("bad_request"));
        given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Map.of("display_name", "x", "new_device_fingerprint", "y"))
                .post("/api/events/a%00b/recover-participant").then().statusCode(400);
    }

    @Test
    void aRenameInAnotherContentTypeIs415() {
        // found by HostileHttpTest: the rename route read a text/plain body as JSON
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        TestEvents.Joined player = TestEvents.join(event, "Plain");
        given().header("Authorization", player.bearer()).contentType("text/plain").body("{\"display_name\":\"New\"}")
                .patch("/api/events/" + event.id() + "/participants/" + player.participantId() + "/name")
                .then().statusCode(415).contentType(ContentType.JSON).body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void registerRefusesABlankDisplayNameAsProfileDoes() {
        for (String blank : new String[]{"", "   ", "\t"}) {
            assertValidationError(given().contentType(ContentType.JSON)
                    .body(Map.of("username", TestAccounts.uniqueUsername("blank"), "password",
                            TestAccounts.DEFAULT_PASSWORD, "display_name", blank))
                    .post("/api/auth/register").then(), "display_name")
                    .body("errors[0].message", equalTo("must not be blank"));
            Account account = TestAccounts.register("blank");
            assertValidationError(given().header("Authorization", account.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("display_name", blank)).put("/api/auth/profile").then(), "display_name")
                    .body("errors[0].message", equalTo("must not be blank"));
        }
    }

    @Test
    void registerWithoutADisplayNameStillUsesTheUsername() {
        String username = TestAccounts.uniqueUsername("plain");
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TestAccounts.DEFAULT_PASSWORD))
                .post("/api/auth/register")
                .then().statusCode(201).body("user.display_name", equalTo(username));
    }

    private static ValidatableResponse assertValidationError(ValidatableResponse response, String field) {
        return response.statusCode(422).contentType(ContentType.JSON)
                .body("code", equalTo("validation_failed"))
                .body("errors[0].field", equalTo(field))
                .body("detail", startsWith(field + ": "));
    }

    private static int eventCount(Account host) {
        return given().header("Authorization", host.bearer()).get("/api/quizzes")
                .then().statusCode(200).extract().path("size()");
    }
}
