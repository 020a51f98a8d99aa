package io.quizcast.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void theOpenApiDocumentDescribesTheRoutes() {
        var body = given().accept("application/json").get("/q/openapi").then().statusCode(200);
        for (String path : new String[]{"/api/auth/register", "/api/auth/login", "/api/auth/me", "/api/quizzes",
                "/api/quizzes/{id}", "/api/quizzes/{id}/resume", "/api/events", "/api/events/{id}/segments",
                "/api/quizzes/{id}/questions", "/api/segments/{sid}", "/api/segments/{sid}/questions",
                "/api/segments/{sid}/questions/bulk", "/api/questions/{qid}", "/api/events/join",
                "/api/events/join/{code}", "/api/events/{idOrCode}/recover-participant",
                "/api/events/{id}/participants/{pid}/name", "/api/events/{id}/join-as-host",
                "/api/events/{id}/join/lock", "/api/events/{id}/leaderboard", "/api/segments/{sid}/leaderboard",
                "/api/events/{id}/export", "/api/health", "/health"}) {
            body.body("paths", hasKey(path));
        }
        body.body("components.schemas", hasKey("EventView"));
        body.body("components.schemas", hasKey("EventExport"));
        body.body("components.schemas.BulkImportResult.properties", hasKey("message"));
        body.body("components.schemas.RowError.properties", allOf(hasKey("index"), hasKey("message"), hasKey("row"),
                hasKey("line"), hasKey("field"), hasKey("reason")));
    }
}
