package io.quizcast.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;

/** Registers throw-away accounts over the real HTTP API. */
public final class TestAccounts {

    public static final String DEFAULT_PASSWORD = "correct-horse";

    /** A registered account: its id, username and bearer token. */
    public record Account(UUID id, String username, String displayName, String token) {

        public String bearer() {
            return "Bearer " + token;
        }
    }

    private TestAccounts() {
    }

    public static String uniqueUsername(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Account register(String prefix) {
        String username = uniqueUsername(prefix);
        JsonPath body = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", DEFAULT_PASSWORD, "display_name", prefix))
                .post("/api/auth/register")
                .then().statusCode(201)
                .extract().jsonPath();
        return new Account(UUID.fromString(body.getString("user.id")), username, prefix, body.getString("token"));
    }
}
