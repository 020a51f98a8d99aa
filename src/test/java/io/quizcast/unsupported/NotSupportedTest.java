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
        String event = UUID.randomUUID().toString();
        for (String path : new String[]{"/api/auth/avatar", "/api/events/" + event + "/canvas/strokes"}) {
            given().post(path).then().statusCode(501)
                    .body("code", equalTo("not_supported"))
                    .body("message", containsString("not supported"))
                    .body("detail", containsString("not supported"));
        }
        given().get("/api/events/" + event + "/qr").then().statusCode(501);
    }

    @Test
    void withoutAProviderGenerationAnswers501WithHowToTurnItOn() {
        String segment = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        for (String path : new String[]{"/api/segments/" + segment + "/audio-chunk",
                "/api/segments/" + segment + "/transcribe", "/api/segments/" + segment + "/finalize-and-transcribe",
                "/api/segments/" + segment + "/generate", "/api/segments/" + segment + "/drafts/approve",
                "/api/jobs/" + id + "/retry", "/api/drafts/" + id + "/regenerate"}) {
            given().post(path).then().statusCode(501)
                    .body("code", equalTo("not_supported"))
                    .body("message", containsString("QUIZCAST_AI_CHAT_MODEL"))
                    .body("detail", containsString("QUIZCAST_AI_CHAT_BASE_URL"));
        }
        for (String path : new String[]{"/api/segments/" + segment + "/processing-logs",
                "/api/segments/" + segment + "/drafts", "/api/segments/" + segment + "/job",
                "/api/segments/" + segment + "/audio-chunks", "/api/jobs/" + id}) {
            given().get(path).then().statusCode(501).body("code", equalTo("not_supported"));
        }
    }

    @Test
    void theCapabilitiesSayGenerationIsOffAndHowToTurnItOn() {
        given().get("/api/capabilities").then().statusCode(200)
                .body("generation.enabled", equalTo(false))
                .body("generation.transcription", equalTo(false))
                .body("generation.hint", containsString("QUIZCAST_AI_SPEECH_MODEL"));
    }
}
