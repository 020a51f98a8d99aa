package io.quizcast.generation.provider;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.AiEnabledProfile;
import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.FakeAiProvider.Reply;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake refuses (400) what a real provider would refuse, so a client bug cannot pass against it. */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class FakeAiProviderTest {

    static final String VALID_CHAT = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
            + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"quiz\",\"strict\":true,"
            + "\"schema\":{\"type\":\"object\"}}},\"max_completion_tokens\":10}";

    FakeAiProvider fake;

    @BeforeEach
    void resetTheFake() {
        fake = FakeAiProvider.current();
        fake.reset();
    }

    @Test
    void aValidChatGetsTheDefaultAnswer() {
        given().baseUri(fake.baseUrl()).contentType(ContentType.JSON).body(VALID_CHAT)
                .post("/chat/completions")
                .then().statusCode(200)
                .body("choices[0].message.content", equalTo(FakeAiProvider.DEFAULT_CHAT_CONTENT));
    }

    @Test
    void aChatWithoutAJsonSchemaIsRefused() {
        given().baseUri(fake.baseUrl()).contentType(ContentType.JSON)
                .body(VALID_CHAT.replace("\"json_schema\",\"json_schema\"", "\"json_object\",\"json_schema\""))
                .post("/chat/completions")
                .then().statusCode(400).body("error.message", startsWith("'response_format.type'"));
        given().baseUri(fake.baseUrl()).contentType(ContentType.JSON).body("{\"model\":\"m\",\"messages\":[]}")
                .post("/chat/completions")
                .then().statusCode(400);
        given().baseUri(fake.baseUrl()).contentType(ContentType.JSON).body("not json")
                .post("/chat/completions")
                .then().statusCode(400);
        assertThat(fake.chatRequests()).hasSize(3);
    }

    @Test
    void aRefusedRequestLeavesTheQueuedAnswerForTheNext() {
        fake.enqueueChat(Reply.chat("{\"questions\":[\"queued\"]}"));

        given().baseUri(fake.baseUrl()).contentType(ContentType.JSON).body("{}").post("/chat/completions")
                .then().statusCode(400);
        given().baseUri(fake.baseUrl()).contentType(ContentType.JSON).body(VALID_CHAT).post("/chat/completions")
                .then().statusCode(200).body("choices[0].message.content", equalTo("{\"questions\":[\"queued\"]}"));
    }

    @Test
    void aTranscriptionNeedsAMultipartFileAndAModel() {
        given().baseUri(fake.baseUrl()).contentType(ContentType.JSON).body(Map.of("model", "whisper-1"))
                .post("/audio/transcriptions")
                .then().statusCode(400);
        given().baseUri(fake.baseUrl()).multiPart("file", "talk.webm", new byte[]{1, 2, 3}, "audio/webm")
                .post("/audio/transcriptions")
                .then().statusCode(400).body("error.message", equalTo("'model' is required"));
        given().baseUri(fake.baseUrl()).multiPart("model", "whisper-1")
                .post("/audio/transcriptions")
                .then().statusCode(400);
        given().baseUri(fake.baseUrl()).multiPart("file", "talk.webm", new byte[]{1, 2, 3}, "audio/webm")
                .multiPart("model", "whisper-1")
                .post("/audio/transcriptions")
                .then().statusCode(200).body("text", equalTo(FakeAiProvider.DEFAULT_TRANSCRIPT));
        assertThat(fake.speechRequests()).extracting(FakeAiProvider.SpeechCall::model)
                .containsExactly(null, null, "whisper-1", "whisper-1");
    }
}
