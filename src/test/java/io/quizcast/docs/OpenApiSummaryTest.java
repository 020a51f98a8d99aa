package io.quizcast.docs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated OpenAPI document says in words what every operation does. */
@QuarkusTest
class OpenApiSummaryTest {

    @Test
    void everyOperationHasASummary() {
        JsonPath openapi = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        List<String> withoutSummary = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (operation.getValue() instanceof Map<?, ?> details && details.containsKey("responses")) {
                    operations++;
                    Object summary = details.get("summary");
                    if (summary == null || summary.toString().isBlank()) {
                        withoutSummary.add(operation.getKey().toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(40);
        assertThat(withoutSummary).isEmpty();
    }
}
