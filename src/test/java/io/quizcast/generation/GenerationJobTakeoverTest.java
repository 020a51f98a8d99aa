package io.quizcast.generation;

import static io.quizcast.testsupport.GenerationFixtures.awaitJob;
import static io.quizcast.testsupport.GenerationFixtures.finalizeRecording;
import static io.quizcast.testsupport.GenerationFixtures.firstChunk;
import static io.quizcast.testsupport.GenerationFixtures.laterChunk;
import static io.quizcast.testsupport.GenerationFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.generation.audio.Hashes;
import io.quizcast.generation.job.JobStage;
import io.quizcast.generation.job.repository.JobStore;
import io.quizcast.testsupport.AiEnabledProfile;
import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.GenerationFixtures;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jobs outlive their process: a dead holder's job is taken over, and a talk is transcribed while it goes on. */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class GenerationJobTakeoverTest {

    @Inject
    Pool pool;

    @Inject
    JobStore jobs;

    FakeAiProvider fake;

    @BeforeEach
    void provider() {
        fake = GenerationFixtures.freshProvider();
    }

    @Test
    void aJobWhoseProcessDiedIsTakenOverAndItsStoredTranscriptIsNotPaidForAgain() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Takeover", "questions_to_generate", 2));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        byte[] chunk = firstChunk(1000, 7);
        upload(event.host().bearer(), segment, 0, chunk).then().statusCode(200);
        // what another pod left when it died: the transcript stored, the job claimed, its lease run out
        String takeHash = Hashes.sha256(Hashes.sha256(chunk));
        Sql.update(pool, """
                INSERT INTO transcript_parts (segment_id, first_chunk, last_chunk, audio_sha256, text, audio_seconds)
                VALUES ($1, 0, 0, $2, $3, 12.5)""", segment, takeHash, GenerationFixtures.TALK);
        UUID id = UUID.randomUUID();
        Sql.update(pool, """
                INSERT INTO generation_jobs (id, segment_id, event_id, created_by, source, status, stage, progress,
                                             attempts, lease_owner, lease_until, lease_token, started_at)
                VALUES ($1, $2, $3, $4, 'audio', 'running', 'generating', 60, 1, 'a-pod-that-died',
                        now() - interval '1 second', 1, now() - interval '1 minute')""", id, segment, event.id(),
                event.host().id());

        Map<String, Object> done = awaitJob(event.host().bearer(), id, "drafts_ready");

        assertThat(done).containsEntry("attempts", 2).containsEntry("drafts_count", 2);
        assertThat(fake.speechRequests()).isEmpty();
        assertThat(fake.chatRequests()).hasSize(1);
        // the dead holder's token writes nothing any more
        assertThat(jobs.progress(id, 1, JobStage.GENERATING, 70).await().atMost(Duration.ofSeconds(5))).isFalse();
        assertThat(Sql.count(pool, "SELECT count(*) FROM generation_jobs WHERE id = $1 AND status = 'drafts_ready'",
                id)).isOne();
    }

    @Test
    void withAnIntervalSetFinishedTakesAreTranscribedWhileTheTalkGoesOn() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Interval", "questions_to_generate", 2, "question_gen_interval_seconds", 10));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        String host = event.host().bearer();
        upload(host, segment, 0, firstChunk(1000, 1)).then().statusCode(200);
        upload(host, segment, 1, laterChunk(1000, 2)).then().statusCode(200);
        // the recorder is restarted at each interval: chunks 2 and 4 start takes, so takes 0 and 2 are finished (the
        // second boundary may come while the first pass runs: the pass must not miss it)
        upload(host, segment, 2, firstChunk(1500, 3)).then().statusCode(200);
        upload(host, segment, 3, laterChunk(500, 4)).then().statusCode(200);
        upload(host, segment, 4, firstChunk(700, 5)).then().statusCode(200);

        await().atMost(GenerationFixtures.WAIT).until(() -> fake.speechRequests().size() == 2
                && Sql.count(pool, "SELECT count(*) FROM transcript_parts WHERE segment_id = $1", segment) == 2);
        assertThat(fake.speechRequests()).extracting(FakeAiProvider.SpeechCall::fileName)
                .containsExactlyInAnyOrder("take-0.webm", "take-2.webm");
        assertThat(fake.chatRequests()).isEmpty();
        Map<String, Object> early = given().header("Authorization", host).get("/api/segments/{sid}/job", segment)
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(early).containsEntry("finalized", false);
        upload(host, segment, 5, laterChunk(300, 6)).then().statusCode(200);

        Map<String, Object> job = finalizeRecording(host, segment);

        assertThat(job.get("id")).isEqualTo(early.get("id"));
        awaitJob(host, job.get("id"), "drafts_ready");
        assertThat(fake.speechRequests()).hasSize(3);
        assertThat(fake.speechRequests().get(2).fileName()).isEqualTo("take-4.webm");
        assertThat(fake.speechRequests().get(2).bytes()).isEqualTo(1000);
        assertThat(fake.chatRequests()).hasSize(1);
        given().header("Authorization", host).get("/api/segments/{sid}/transcript", segment).then().statusCode(200)
                .body("parts.size()", org.hamcrest.Matchers.equalTo(3));
    }
}
