package io.quizcast.image;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestImages;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Question images: uploaded by the host or a presenter, checked by their content, at most 2 MB and 1920 px, served
 * with a strong ETag and a long cache, and shown with their question.
 */
@QuarkusTest
class ImagesTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void eachFormatIsToldByItsContentAndServedWithItsETagAndCache() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        byte[] png = TestImages.of("png", 800, 600);
        String id = upload(event, png, "application/octet-stream").statusCode(201)
                .body("content_type", equalTo("image/png")).body("width", equalTo(800)).body("height", equalTo(600))
                .body("byte_size", equalTo(png.length)).extract().path("id");
        assertThat(upload(event, png, "image/png").statusCode(201).extract().<String>path("id"))
                .as("the same bytes again: the same image").isEqualTo(id);
        upload(event, TestImages.of("jpg", 1920, 1080), "image/jpeg").statusCode(201)
                .body("content_type", equalTo("image/jpeg")).body("width", equalTo(1920));
        upload(event, TestImages.of("gif", 320, 200), "image/gif").statusCode(201)
                .body("content_type", equalTo("image/gif")).body("height", equalTo(200));
        upload(event, TestImages.webpHeader(1024, 768), "image/webp").statusCode(201)
                .body("content_type", equalTo("image/webp")).body("width", equalTo(1024));

        Response served = given().get("/api/images/" + id);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.asByteArray()).isEqualTo(png);
        String etag = served.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(served.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        given().header("If-None-Match", etag).get("/api/images/" + id).then().statusCode(304)
                .header("ETag", etag);
        given().get("/api/images/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aRenamedFileAnOversizedOneAndATooWideOneAreRefusedAndNothingIsStored() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        upload(event, "not a picture, just text".getBytes(StandardCharsets.UTF_8), "image/png").statusCode(422)
                .body("code", equalTo("unsupported_image")).body("message", containsString("content"));
        byte[] huge = Arrays.copyOf(TestImages.of("png", 100, 100), 2 * 1024 * 1024 + 1);
        upload(event, huge, "image/png").statusCode(413).body("code", equalTo("payload_too_large"));
        upload(event, TestImages.of("png", 2400, 100), "image/png").statusCode(422)
                .body("code", equalTo("image_too_large")).body("message", containsString("2400×100"));
        upload(event, TestImages.webpHeader(1921, 10), "image/webp").statusCode(422)
                .body("code", equalTo("image_too_large"));
    }

    @Test
    void theHostAndItsPresentersUploadNobodyElse() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        TestAccounts.Account presenter = TestAccounts.register("pres");
        TestEvents.createSegment(event, "Pat", presenter.id());
        byte[] png = TestImages.of("png", 10, 10);
        given().header("Authorization", presenter.bearer()).contentType("image/png").body(png)
                .post("/api/events/" + event.id() + "/images").then().statusCode(201);
        given().header("Authorization", TestAccounts.register("other").bearer()).contentType("image/png").body(png)
                .post("/api/events/" + event.id() + "/images").then().statusCode(403);
        given().contentType("image/png").body(png).post("/api/events/" + event.id() + "/images").then()
                .statusCode(401);
        given().header("Authorization", event.host().bearer()).contentType("image/png").body(png)
                .post("/api/events/" + UUID.randomUUID() + "/images").then().statusCode(404);
    }

    @Test
    void aQuestionShowsItsEventsImageOnTheSocketAndRefusesAnotherEvents() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        CreatedEvent other = TestEvents.createEvent(TestAccounts.register("host2"));
        String image = upload(event, TestImages.of("png", 64, 48), "image/png").statusCode(201).extract().path("id");
        String foreign = upload(other, TestImages.of("png", 64, 49), "image/png").statusCode(201).extract()
                .path("id");
        UUID segment = TestEvents.createSegment(event, "Host", null);
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("question_text", "What is this?", "correct_answer", "A ball", "fake_answers",
                        List.of("A box"), "image_id", foreign))
                .post("/api/segments/" + segment + "/questions").then().statusCode(422)
                .body("errors[0].field", equalTo("image_id"));
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("question_text", "What is this?", "correct_answer", "A ball", "fake_answers",
                        List.of("A box"), "image_id", image))
                .post("/api/segments/" + segment + "/questions").then().statusCode(201)
                .body("image_id", equalTo(image)).body("image_url", equalTo("/api/images/" + image));
        TestEvents.Joined ann = TestEvents.join(event, "Ann");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient a = GameClient.connect("ann", base, event.id(), ann.sessionToken())) {
            host.joinAs(event.host().id());
            a.joinWithSession();
            host.send(Map.of("type", "start_game"));
            assertThat(a.next("question").get("image_url")).isEqualTo("/api/images/" + image);
            host.send(Map.of("type", "reveal_answer"));
            assertThat(a.next("reveal").get("image_url")).isEqualTo("/api/images/" + image);
        }
    }

    private static ValidatableResponse upload(CreatedEvent event, byte[] bytes, String type) {
        return given().header("Authorization", event.host().bearer()).contentType(type).body(bytes)
                .post("/api/events/" + event.id() + "/images").then();
    }
}
