package io.quizcast.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorsTest {

    @Test
    void preflightAllowsAnyRequestedHeader() {
        given().header("Origin", "https://client.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-client-build")
                .when().options("/api/auth/login")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://client.example")
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("x-client-build"));
    }

    @Test
    void warningAndContentDispositionAreExposed() {
        given().header("Origin", "https://client.example")
                .when().get("/health")
                .then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("X-Warning"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
    }
}
