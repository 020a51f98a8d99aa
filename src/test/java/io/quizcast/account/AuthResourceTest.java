package io.quizcast.account;

import static io.quizcast.testsupport.TestAccounts.DEFAULT_PASSWORD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Test
    void registerAnswers201WithTokenAndUserWithoutPasswordHash() {
        String username = TestAccounts.uniqueUsername("ada");
        JsonPath body = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", DEFAULT_PASSWORD, "display_name", "Ada L"))
                .when().post("/api/auth/register")
                .then().statusCode(201)
                .body("token", notNullValue())
                .body("user.id", notNullValue())
                .body("user.username", equalTo(username))
                .body("user.display_name", equalTo("Ada L"))
                .body("user.email", equalTo(username + "@quiz.local"))
                .body("user.role", equalTo("presenter"))
                .body("user.password_hash", nullValue())
                .body("user.created_at", notNullValue())
                .extract().jsonPath();
        assertThat(body.getMap("user")).containsOnlyKeys("id", "username", "display_name", "email", "role",
                "avatar_url", "avatar_type", "created_at");
        assertThat(body.getString("user.created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void tokenIsASignedJwtThatExpiresIn24Hours() {
        Account account = TestAccounts.register("jwt");
        String[] parts = account.token().split("\\.");
        assertThat(parts).hasSize(3);
        JsonPath claims = JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[1])));
        assertThat(claims.getString("sub")).isEqualTo(account.id().toString());
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(24 * 3600);
    }

    @Test
    void secondRegisterWithTheSameUsernameIs409InTheContractShape() {
        Account first = TestAccounts.register("dup");
        given().contentType(ContentType.JSON)
                .body(Map.of("username", first.username().toUpperCase(), "password", DEFAULT_PASSWORD))
                .when().post("/api/auth/register")
                .then().statusCode(409)
                .body("detail", equalTo("Username already taken"))
                .body("error", equalTo("Username already taken"))
                .body("message", equalTo("Username already taken"))
                .body("code", equalTo("username_taken"));
    }

    @Test
    void registerValidatesRangesWith422AndFieldErrors() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "ab", "password", "12345"))
                .when().post("/api/auth/register")
                .then().statusCode(422)
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"))
                .body("detail", notNullValue());
    }

    @Test
    void loginReturnsTokenAndUser() {
        Account account = TestAccounts.register("login");
        given().contentType(ContentType.JSON)
                .body(Map.of("username", account.username(), "password", DEFAULT_PASSWORD))
                .when().post("/api/auth/login")
                .then().statusCode(200)
                .body("token", notNullValue())
                .body("user.id", equalTo(account.id().toString()));
    }

    @Test
    void loginWithAWrongPasswordOrUnknownUserIs401WithTheSameText() {
        Account account = TestAccounts.register("wrongpw");
        for (Map<String, String> body : new Map[]{
                Map.of("username", account.username(), "password", "not-the-password"),
                Map.of("username", "nobody_" + account.username(), "password", DEFAULT_PASSWORD)}) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/auth/login")
                    .then().statusCode(401)
                    .body("detail", equalTo("Invalid username or password"))
                    .body("error", equalTo("Invalid username or password"))
                    .body("message", equalTo("Invalid username or password"))
                    .body("code", equalTo("unauthorized"));
        }
    }

    @Test
    void meReturnsTheCallerWithAToken() {
        Account account = TestAccounts.register("me");
        given().header("Authorization", account.bearer())
                .when().get("/api/auth/me")
                .then().statusCode(200)
                .body("id", equalTo(account.id().toString()))
                .body("username", equalTo(account.username()));
    }

    @Test
    void meWithoutATokenIs401InTheContractShape() {
        given().when().get("/api/auth/me")
                .then().statusCode(401)
                .body("code", equalTo("unauthorized"))
                .body("detail", notNullValue())
                .body("error", notNullValue())
                .body("message", notNullValue());
    }

    @Test
    void meWithAForgedTokenIs401() {
        given().header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                .when().get("/api/auth/me")
                .then().statusCode(401)
                .body("code", equalTo("unauthorized"));
    }

    @Test
    void profileUpdateChangesFieldsAndRejectsATakenUsername() {
        Account account = TestAccounts.register("prof");
        Account other = TestAccounts.register("other");
        given().header("Authorization", account.bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", "  New Name ", "avatar_type", "emoji"))
                .when().put("/api/auth/profile")
                .then().statusCode(200)
                .body("display_name", equalTo("New Name"))
                .body("avatar_type", equalTo("emoji"))
                .body("username", equalTo(account.username()));
        given().header("Authorization", account.bearer()).contentType(ContentType.JSON)
                .body(Map.of("username", other.username()))
                .when().put("/api/auth/profile")
                .then().statusCode(409)
                .body("message", equalTo("Username already taken"));
        given().header("Authorization", account.bearer())
                .when().get("/api/auth/me")
                .then().statusCode(200)
                .body("username", equalTo(account.username()))
                .body("display_name", equalTo("New Name"));
    }

    @Test
    void malformedJsonIs400InTheContractShape() {
        given().contentType(ContentType.JSON).body("{not json")
                .when().post("/api/auth/login")
                .then().statusCode(400)
                .body("code", equalTo("bad_request"))
                .body("message", equalTo("Malformed JSON body"));
    }

    @Test
    void unknownApiRouteIs404InTheContractShape() {
        given().when().get("/api/no/such/route")
                .then().statusCode(404)
                .body("code", equalTo("not_found"))
                .body("detail", equalTo("Not found"));
    }
}
