package io.quizcast.testsupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** A talk, the quiz a model would write about it, recorded chunks, and the calls a recording page makes. */
public final class GenerationFixtures {

    /** What the fake speech to text hears in every take. */
    public static final String TALK = "The Eiffel Tower was completed in 1889 for the World's Fair."
            + " It is 330 metres tall. Gustave Eiffel's company designed and built it."
            + " It was the tallest structure in the world for 41 years. The tower is repainted every seven years.";

    private static final List<List<String>> QUESTIONS = List.of(
            List.of("When was the Eiffel Tower completed?", "1889", "1901", "1875", "1925",
                    "The Eiffel Tower was completed in 1889 for the World's Fair."),
            List.of("How tall is the Eiffel Tower?", "330 metres", "250 metres", "410 metres", "180 metres",
                    "It is 330 metres tall."),
            List.of("Whose company designed and built the tower?", "Gustave Eiffel's", "Le Corbusier's",
                    "Haussmann's", "Auguste Perret's", "Gustave Eiffel's company designed and built it."),
            List.of("For how many years was it the tallest structure in the world?", "41", "12", "67", "25",
                    "It was the tallest structure in the world for 41 years."),
            List.of("How often is the tower repainted?", "Every seven years", "Every year", "Every twenty years",
                    "Every three years", "The tower is repainted every seven years."));

    public static final Duration WAIT = Duration.ofSeconds(30);

    private GenerationFixtures() {
    }

    /** The model's answer: {@code count} questions about {@link #TALK} (at most 5), each with its evidence. */
    public static String quiz(int count) {
        JsonArray questions = new JsonArray();
        for (List<String> q : QUESTIONS.subList(0, Math.min(count, QUESTIONS.size()))) {
            questions.add(new JsonObject().put("type", "single").put("question", q.get(0))
                    .put("correct_answer", q.get(1)).put("wrong_answers", new JsonArray(q.subList(2, 5)))
                    .put("evidence", q.get(5)));
        }
        return new JsonObject().put("questions", questions).encode();
    }

    /** The question texts of {@link #quiz(int)}. */
    public static List<String> quizTexts(int count) {
        return QUESTIONS.subList(0, Math.min(count, QUESTIONS.size())).stream().map(q -> q.get(0)).toList();
    }

    /** The test profile's fake provider, its calls and scripts forgotten, answering with {@link #answerWithQuiz}. */
    public static FakeAiProvider freshProvider() {
        FakeAiProvider fake = FakeAiProvider.current();
        fake.reset();
        answerWithQuiz(fake);
        return fake;
    }

    /** The fake answers every chat with a quiz of as many questions as the request's schema asks for (at most 5). */
    public static void answerWithQuiz(FakeAiProvider fake) {
        fake.chatResponder(request -> FakeAiProvider.Reply.chat(quiz(wanted(request))));
        fake.speechResponder(call -> FakeAiProvider.Reply.transcript(TALK, 12.5));
    }

    /** The number of questions the schema asks for ("exactly N questions"; 5 when it cannot be read). */
    static int wanted(JsonObject request) {
        try {
            String description = request.getJsonObject("response_format").getJsonObject("json_schema")
                    .getJsonObject("schema").getJsonObject("properties").getJsonObject("questions")
                    .getString("description");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("exactly (\\d+)").matcher(description);
            return m.find() ? Integer.parseInt(m.group(1)) : 5;
        } catch (RuntimeException e) {
            return 5;
        }
    }

    /** A recorder's first chunk: WebM's header, then {@code size} bytes of "audio". */
    public static byte[] firstChunk(int size, long seed) {
        byte[] bytes = noise(size, seed);
        bytes[0] = 0x1A;
        bytes[1] = 0x45;
        bytes[2] = (byte) 0xDF;
        bytes[3] = (byte) 0xA3;
        return bytes;
    }

    /** A later chunk of the same recorder: no header. */
    public static byte[] laterChunk(int size, long seed) {
        byte[] bytes = noise(size, seed);
        bytes[0] = 0x1F; // a WebM cluster
        return bytes;
    }

    private static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** POST audio-chunk as the original client does: multipart field audio_chunk, chunk_index in the query. */
    public static Response upload(String bearer, UUID segmentId, int index, byte[] bytes) {
        var request = given().queryParam("chunk_index", index)
                .multiPart("audio_chunk", "chunk-" + index + ".webm", bytes, "audio/webm");
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return request.post("/api/segments/{sid}/audio-chunk", segmentId);
    }

    public static Map<String, Object> finalizeRecording(String bearer, UUID segmentId) {
        return given().header("Authorization", bearer).post("/api/segments/{sid}/finalize-and-transcribe", segmentId)
                .then().statusCode(202).extract().jsonPath().getMap("");
    }

    /** Waits until the job has this status, and answers it. */
    public static Map<String, Object> awaitJob(String bearer, Object jobId, String status) {
        return await().atMost(WAIT).until(() -> given().header("Authorization", bearer)
                .get("/api/jobs/{jid}", jobId).then().statusCode(200).extract().jsonPath().<String, Object>getMap(""),
                job -> status.equals(job.get("status")));
    }

    public static List<Map<String, Object>> drafts(String bearer, UUID segmentId) {
        return given().header("Authorization", bearer).get("/api/segments/{sid}/drafts", segmentId).then()
                .statusCode(200).extract().jsonPath().getList("");
    }
}
