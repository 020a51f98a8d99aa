package io.quizcast.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.FakeAiProvider.Reply;
import io.quizcast.testsupport.GenerationFixtures;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 22: a generation job outlives the pod that runs it. Two processes of the packaged service on one PostgreSQL
 * and the fake provider; the pod holding a job is killed (kill -9) while it waits for the model, after the talk's
 * transcript is stored; the other pod takes the job over when its lease runs out and finishes it without paying for
 * the transcription again.
 */
class GenerationTakeoverIT {

    private static final String POD_A = "gen-pod-a";
    private static final String POD_B = "gen-pod-b";

    static final FakeAiProvider FAKE = FakeAiProvider.launch();

    @RegisterExtension
    static final PackagedServices PODS = new PackagedServices("it-generation-takeover", Map.of(
            "QUIZCAST_AI_CHAT_BASE_URL", FAKE.baseUrl(), "QUIZCAST_AI_CHAT_MODEL", "fake-chat",
            "QUIZCAST_AI_SPEECH_MODEL", "fake-whisper", "QUIZCAST_AI_API_KEY", "it-key",
            "QUIZCAST_AI_JOB_LEASE", "3S", "QUIZCAST_AI_POLL_INTERVAL", "1S", "QUIZCAST_AI_CHAT_TIMEOUT", "60S"),
            POD_A, POD_B);

    @AfterAll
    static void provider() {
        FAKE.shutdown();
    }

    @Test
    void aPodKilledMidJobLosesNothingAndTheStoredTranscriptIsNotPaidForAgain() throws Exception {
        FAKE.reset();
        GenerationFixtures.answerWithQuiz(FAKE);
        // the first answer of the model comes too late: its pod is killed while it waits
        FAKE.enqueueChat(Reply.chat(GenerationFixtures.quiz(2)).after(Duration.ofSeconds(40)));
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Takeover", "questions_to_generate", 2));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        GenerationFixtures.upload(event.host().bearer(), segment, 0, GenerationFixtures.firstChunk(2000, 1)).then()
                .statusCode(200);
        Object job = GenerationFixtures.finalizeRecording(event.host().bearer(), segment).get("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> FAKE.chatRequests().size() == 1);
        String holder = (String) PODS.pairs("SELECT id::text, lease_owner FROM generation_jobs WHERE id = ?::uuid",
                job.toString()).get(job.toString());
        ServiceProcess killed = PODS.service(holder);
        ServiceProcess survivor = PODS.service(POD_A.equals(holder) ? POD_B : POD_A);
        assertThat(PODS.count("SELECT count(*) FROM transcript_parts WHERE segment_id = ?", segment)).isOne();
        killed.crash();

        Map<String, Object> done = await().atMost(Duration.ofSeconds(60)).until(() -> given()
                .baseUri(survivor.base().toString()).port(survivor.port())
                .header("Authorization", event.host().bearer()).get("/api/jobs/{jid}", job).then().statusCode(200)
                .extract().jsonPath().<String, Object>getMap(""), j -> "drafts_ready".equals(j.get("status")));

        assertThat(done).containsEntry("attempts", 2).containsEntry("drafts_count", 2);
        assertThat(FAKE.speechRequests()).hasSize(1);
        assertThat(FAKE.chatRequests()).hasSize(2);
        assertThat(PODS.count("SELECT count(*) FROM question_drafts WHERE segment_id = ?", segment)).isEqualTo(2);
    }
}
