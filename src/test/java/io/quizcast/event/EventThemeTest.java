package io.quizcast.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestImages;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event's look: a built-in colour set and a logo of its own, seen by anyone with the join code, copied along. */
@QuarkusTest
class EventThemeTest {

    @Test
    void theThemeAndLogoAreSetShownToPlayersAndCopied() {
        Account host = TestAccounts.register("host");
        CreatedEvent event = TestEvents.createEvent(host, Map.of("title", "Gala", "theme", "ocean"));
        given().get("/api/events/join/" + event.joinCode()).then().statusCode(200)
                .body("theme", equalTo("ocean")).body("logo_url", nullValue());
        String logo = upload(host, event);

        given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                .body(Map.of("theme", "berry", "logo_image_id", logo)).put("/api/quizzes/" + event.id()).then()
                .statusCode(200).body("theme", equalTo("berry")).body("logo_url", equalTo("/api/images/" + logo));
        // a player's phone reads the look with the code, before it joins
        given().get("/api/events/join/" + event.joinCode()).then().statusCode(200)
                .body("theme", equalTo("berry")).body("logo_url", equalTo("/api/images/" + logo));

        given().header("Authorization", host.bearer()).post("/api/events/" + event.id() + "/duplicate").then()
                .statusCode(201).body("theme", equalTo("berry"))
                .body("logo_url", startsWith("/api/images/"))
                .body("logo_url", org.hamcrest.Matchers.not(equalTo("/api/images/" + logo)));

        Map<String, Object> removal = new HashMap<>();
        removal.put("logo_image_id", null);
        given().header("Authorization", host.bearer()).contentType(ContentType.JSON).body(removal)
                .put("/api/quizzes/" + event.id()).then().statusCode(200)
                .body("theme", equalTo("berry")).body("logo_url", nullValue());
    }

    @Test
    void anUnknownThemeOrAnotherEventsImageIsRefusedWithTheField() {
        Account host = TestAccounts.register("host");
        CreatedEvent event = TestEvents.createEvent(host);
        CreatedEvent other = TestEvents.createEvent(host);
        String foreign = upload(host, other);

        given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                .body(Map.of("theme", "neon")).put("/api/quizzes/" + event.id()).then().statusCode(422)
                .body("errors[0].field", equalTo("theme"))
                .body("errors[0].message", equalTo(EventTheme.MESSAGE));
        given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                .body(Map.of("logo_image_id", foreign)).put("/api/quizzes/" + event.id()).then().statusCode(422)
                .body("errors[0].field", equalTo("logo_image_id"));
        given().header("Authorization", host.bearer()).get("/api/quizzes/" + event.id()).then().statusCode(200)
                .body("theme", equalTo("classic")).body("logo_url", nullValue());
    }

    private static String upload(Account host, CreatedEvent event) {
        return given().header("Authorization", host.bearer()).contentType("image/png")
                .body(TestImages.of("png", 64, 32)).post("/api/events/" + event.id() + "/images").then()
                .statusCode(201).extract().path("id");
    }
}
