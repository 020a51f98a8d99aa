package io.quizcast.reliability;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every REST operation under /api, read from the service's own OpenAPI document. */
final class RestRoutes {

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** One operation: method, path template ({id} ...), and whether it reads a request body. */
    record Operation(String method, String path, boolean hasBody) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private RestRoutes() {
    }

    static List<Operation> all() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            methods.forEach((method, operation) -> {
                String upper = method.toUpperCase(Locale.ROOT);
                if (METHODS.contains(upper)) {
                    operations.add(new Operation(upper, path, operation.containsKey("requestBody")));
                }
            });
        });
        return operations;
    }

    /** Paths with the methods they do not document. */
    static Map<String, List<String>> undocumentedMethods(List<Operation> operations) {
        Map<String, List<String>> missing = new java.util.TreeMap<>();
        for (Operation operation : operations) {
            missing.computeIfAbsent(operation.path(), p -> new ArrayList<>(METHODS)).remove(operation.method());
        }
        return missing;
    }
}
