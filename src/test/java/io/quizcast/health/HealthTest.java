package io.quizcast.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void apiHealthReportsARealDatabaseRoundTrip() throws java.io.IOException {
        given().when().get("/api/health")
                .then().statusCode(200)
                .body("status", equalTo("healthy"))
                .body("database", equalTo(true))
                .body("checks.database.status", equalTo("up"))
                .body("checks.database.latency_ms", notNullValue())
                .body("checks.migrations.status", equalTo("up"))
                .body("checks.migrations.version", equalTo(latestMigration()));
    }

    /** The highest version among the migrations in the sources (V4__x.sql: "4"). */
    static String latestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }

    @Test
    void processHealthIsOk() {
        given().when().get("/health")
                .then().statusCode(200)
                .body("status", equalTo("ok"));
    }

    @Test
    void readinessIsUpWithTheDatasourceMigrationAndConnectionChecks() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("migrations"))
                .body("checks.name", hasItem("database"))
                .body("checks.name", hasItem("connections"));
    }

    @Test
    void livenessAndStartedAreUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }
}
