package io.quizcast.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DatabaseOutageTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    @AfterEach
    void restoreDatabase() {
        TestDatabase.startIfStopped();
    }

    @Test
    void readinessAndApiHealthFollowTheDatabaseWhileLivenessStaysUp() {
        given().get("/q/health/ready").then().statusCode(200);

        TestDatabase.stop();

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/api/health").then().statusCode(200)
                    .body("status", equalTo("degraded"))
                    .body("database", equalTo(false))
                    .body("checks.database.status", equalTo("down"));
        });
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/health").then().statusCode(200).body("status", equalTo("ok"));

        TestDatabase.start();

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            given().get("/api/health").then().statusCode(200)
                    .body("status", equalTo("healthy"))
                    .body("database", equalTo(true));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        });
    }
}
