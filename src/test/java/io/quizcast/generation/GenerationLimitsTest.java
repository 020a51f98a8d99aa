package io.quizcast.generation;

import static io.quizcast.testsupport.GenerationFixtures.awaitJob;
import static io.quizcast.testsupport.GenerationFixtures.finalizeRecording;
import static io.quizcast.testsupport.GenerationFixtures.firstChunk;
import static io.quizcast.testsupport.GenerationFixtures.laterChunk;
import static io.quizcast.testsupport.GenerationFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.AiEnabledProfile;
import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.GenerationFixtures;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may record and generate, what an upload may be, and the caps (the profile sets them small: chunks of 256 KB, 1 MB
 * per segment, 512 KB per transcribed file, 4 jobs per event and 6 per account per hour).
 */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class GenerationLimitsTest {

    FakeAiProvider fake;

    @BeforeEach
    void provider() {
        fake = GenerationFixtures.freshProvider();
    }

    @Test
    void theCapabilitiesSayWhatIsOn() {
        given().get("/api/capabilities").then().statusCode(200).body("generation.enabled", equalTo(true))
                .body("generation.transcription", equalTo(true)).body("generation.from_notes", equalTo(true))
                .body("generation.max_chunk_bytes", equalTo(256 * 1024))
                .body("generation.audio_types[0]", equalTo("audio/webm"))
                .body("generation.hint", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void onlyTheHostAndTheSegmentsPresenterMayRecordAndGenerate() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account presenter = TestAccounts.register("pat");
        Account stranger = TestAccounts.register("eve");
        UUID segment = TestEvents.createSegment(event, "Pat", presenter.id());
        Account ben = TestAccounts.register("ben");
        Joined player = TestEvents.join(event.joinCode(), UUID.randomUUID().toString(), "Ben", ben.bearer());
        byte[] chunk = firstChunk(1000, 1);

        upload(null, segment, 0, chunk).then().statusCode(401);
        upload(stranger.bearer(), segment, 0, chunk).then().statusCode(403);
        // a player of the event, by its account or by its session, records nothing
        upload(ben.bearer(), segment, 0, chunk).then().statusCode(403);
        upload(player.bearer(), segment, 0, chunk).then().statusCode(401);
        given().header("Authorization", stranger.bearer()).get("/api/segments/{sid}/drafts", segment).then()
                .statusCode(403);
        given().header("Authorization", stranger.bearer()).post("/api/segments/{sid}/finalize-and-transcribe", segment)
                .then().statusCode(403);
        given().post("/api/segments/{sid}/finalize-and-transcribe", segment).then().statusCode(401);

        upload(presenter.bearer(), segment, 0, chunk).then().statusCode(200);
        Object job = finalizeRecording(presenter.bearer(), segment).get("id");
        awaitJob(presenter.bearer(), job, "drafts_ready");
        given().header("Authorization", stranger.bearer()).get("/api/jobs/{jid}", job).then().statusCode(403);
        given().header("Authorization", stranger.bearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/segments/{sid}/drafts/approve", segment).then().statusCode(403);
        given().header("Authorization", presenter.bearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/segments/{sid}/drafts/approve", segment).then().statusCode(200);
    }

    @Test
    void uploadsAreCheckedByContentAndSize() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        String host = event.host().bearer();

        upload(host, segment, 0, "<html>not audio</html>".getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body("code", equalTo("unsupported_audio"));
        upload(host, segment, 0, laterChunk(1000, 1)).then().statusCode(422).body("code", equalTo("unsupported_audio"));
        upload(host, segment, 0, firstChunk(300 * 1024, 1)).then().statusCode(413)
                .body("code", equalTo("payload_too_large"));
        given().header("Authorization", host).multiPart("audio_chunk", "x.webm", firstChunk(100, 1), "audio/webm")
                .post("/api/segments/{sid}/audio-chunk", segment).then().statusCode(422)
                .body("message", containsString("chunk_index"));
        // the raw bytes are accepted as well as a form
        given().header("Authorization", host).contentType("audio/webm").body(firstChunk(200 * 1024, 2))
                .queryParam("chunk_index", 0).post("/api/segments/{sid}/audio-chunk", segment).then()
                .statusCode(200).body("stored", equalTo(true));
        for (int i = 1; i <= 3; i++) {
            upload(host, segment, i, laterChunk(200 * 1024, i)).then().statusCode(200);
        }
        // 800 KB stored: a fifth chunk of 200 KB would pass the segment's 1 MB
        upload(host, segment, 4, laterChunk(250 * 1024, 9)).then().statusCode(413)
                .body("message", containsString("most audio"));
    }

    @Test
    void aChunkedUploadArrivesWhole() throws Exception {
        // found by the tests: a body of unknown length, larger than Quarkus REST's input buffer, reached a byte[]
        // parameter as zeros once the body limit had read it
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        byte[] chunk = firstChunk(200 * 1024, 11);
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        form.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"audio_chunk\"; filename=\"c.webm\"\r\n"
                + "Content-Type: audio/webm\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        form.writeBytes(chunk);
        form.writeBytes("\r\n--b0undary--\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] body = form.toByteArray();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/segments/" + segment
                        + "/audio-chunk?chunk_index=0"))
                .header("Authorization", event.host().bearer())
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(java.net.http.HttpRequest.BodyPublishers
                        .ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();

        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"sha256\":\"" + io.quizcast.generation.audio.Hashes.sha256(chunk) + "\"")
                .contains("\"take_start\":true");
    }

    @Test
    void aTakeLargerThanSpeechToTextTakesFailsTheJobWithTheReason() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        String host = event.host().bearer();
        upload(host, segment, 0, firstChunk(200 * 1024, 1)).then().statusCode(200);
        upload(host, segment, 1, laterChunk(200 * 1024, 2)).then().statusCode(200);
        upload(host, segment, 2, laterChunk(200 * 1024, 3)).then().statusCode(200);

        Map<String, Object> failed = awaitJob(host, finalizeRecording(host, segment).get("id"), "failed");

        assertThat(failed).containsEntry("error_code", "audio_too_large");
        assertThat(fake.speechRequests()).isEmpty();
    }

    @Test
    void finalizeNeedsAudio() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());

        given().header("Authorization", event.host().bearer())
                .post("/api/segments/{sid}/finalize-and-transcribe", segment).then().statusCode(422)
                .body("code", equalTo("no_audio"));
    }

    @Test
    void jobsPerAccountAndHourAreCapped() {
        Account host = TestAccounts.register("busy");
        for (int i = 0; i < 6; i++) {
            CreatedEvent event = TestEvents.createEvent(host);
            UUID segment = TestEvents.createSegment(event, "Ada", host.id());
            given().header("Authorization", host.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("topic", "The Eiffel Tower " + i)).post("/api/segments/{sid}/generate", segment)
                    .then().statusCode(202);
        }
        CreatedEvent seventh = TestEvents.createEvent(host);
        UUID segment = TestEvents.createSegment(seventh, "Ada", host.id());

        given().header("Authorization", host.bearer()).contentType(ContentType.JSON).body(Map.of("topic", "Paris"))
                .post("/api/segments/{sid}/generate", segment).then().statusCode(429)
                .body("code", equalTo("quota_exceeded")).header("Retry-After", notNullValue());
    }

    @Test
    void jobsPerEventAreCapped() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String host = event.host().bearer();
        for (int i = 0; i < 4; i++) {
            UUID segment = TestEvents.createSegment(event, "Ada " + i, event.host().id());
            given().header("Authorization", host).contentType(ContentType.JSON).body(Map.of("topic", "Topic " + i))
                    .post("/api/segments/{sid}/generate", segment).then().statusCode(202);
        }
        UUID fifth = TestEvents.createSegment(event, "Ada 5", event.host().id());

        given().header("Authorization", host).contentType(ContentType.JSON).body(Map.of("topic", "One more"))
                .post("/api/segments/{sid}/generate", fifth).then().statusCode(429)
                .body("code", equalTo("quota_exceeded")).body("message", containsString("max-jobs-per-event"));
    }

    @Test
    void notesOrATopicMustBeSaid() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());

        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/segments/{sid}/generate", segment).then().statusCode(422);
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("notes", "too short")).post("/api/segments/{sid}/generate", segment).then()
                .statusCode(422).body("message", containsString("notes"));
    }
}
