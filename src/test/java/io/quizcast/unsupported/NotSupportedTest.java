package io.quizcast.unsupported;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotSupportedTest {

    @Test
    void outOfScopeRoutesAnswer501NotSupported() {
        String segment = UUID.randomUUID().toString();
        String event = UUID.randomUUID().toString();
        for (String path : new String[]{"/api/segments/" + segment + "/audio-chunk",
                "/api/segments/" + segment + "/transcribe",
                "/api/segments/" + segment + "/finalize-and-transcribe", "/api/auth/avatar",
                "/api/events/" + event + "/canvas/strokes"}) {
            given().post(path).then().statusCode(501)
                    .body("code", equalTo("not_supported"))
                    .body("message", containsString("not supported"))
                    .body("detail", containsString("not supported"));
        }
        given().get("/api/segments/" + segment + "/processing-logs").then().statusCode(501);
        given().get("/api/events/" + event + "/qr").then().statusCode(501);
    }
}
