package io.quizcast.generation;

import static io.quizcast.testsupport.GenerationFixtures.awaitJob;
import static io.quizcast.testsupport.GenerationFixtures.drafts;
import static io.quizcast.testsupport.GenerationFixtures.finalizeRecording;
import static io.quizcast.testsupport.GenerationFixtures.firstChunk;
import static io.quizcast.testsupport.GenerationFixtures.laterChunk;
import static io.quizcast.testsupport.GenerationFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.AiEnabledProfile;
import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.GenerationFixtures;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole path: a recorded talk's chunks, one job, drafts reviewed and approved, then the round played. */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class TalkToQuizTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    FakeAiProvider fake;

    @BeforeEach
    void provider() {
        fake = GenerationFixtures.freshProvider();
    }

    @Test
    void aRecordedTalkBecomesReviewedQuestionsThatArePlayed() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Tower talk", "questions_to_generate", 3));
        String host = event.host().bearer();
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        Joined player = TestEvents.join(event, "Ben");
        try (GameClient console = GameClient.connect("console", base, event.id(), event.host().token());
                GameClient phone = GameClient.connect("phone", base, event.id(), player.sessionToken())) {
            console.joinAs(event.host().id());
            phone.joinWithSession();
            given().header("Authorization", host).post("/api/segments/{sid}/recording/start", segment).then()
                    .statusCode(200);
            byte[] first = firstChunk(3000, 1);
            byte[] second = laterChunk(2000, 2);
            upload(host, segment, 0, first).then().statusCode(200).body("stored", equalTo(true))
                    .body("take_start", equalTo(true)).body("success", equalTo(true))
                    .body("file_size", equalTo(3000));
            upload(host, segment, 1, second).then().statusCode(200).body("take_start", equalTo(false));
            // a retried upload is stored once; other bytes under a stored index are refused
            upload(host, segment, 1, second).then().statusCode(200).body("stored", equalTo(false));
            upload(host, segment, 1, laterChunk(2000, 3)).then().statusCode(409).body("code",
                    equalTo("chunk_conflict"));
            given().header("Authorization", host).get("/api/segments/{sid}/audio-chunks", segment).then()
                    .statusCode(200).body("total_bytes", equalTo(5000))
                    .body("chunks.chunk_index", equalTo(List.of(0, 1)));

            // the talk ends: the players learn the quiz is being prepared, not that there is none
            given().header("Authorization", host).post("/api/segments/{sid}/recording/stop", segment).then()
                    .statusCode(200);
            assertThat(phone.next("quiz_generating")).containsEntry("segment_id", segment.toString())
                    .containsEntry("presenter_name", "Ada");
            // a phone that opens meanwhile (a reload) is told at once too
            Joined late = TestEvents.join(event, "Cy");
            try (GameClient reloaded = GameClient.connect("reloaded", base, event.id(), late.sessionToken())) {
                reloaded.joinWithSession();
                assertThat(reloaded.next("quiz_generating")).containsEntry("segment_id", segment.toString());
            }

            Map<String, Object> job = finalizeRecording(host, segment);
            assertThat(job).containsEntry("source", "audio").containsEntry("success", true);
            assertThat(job.get("status")).isIn("queued", "running");
            // a repeat is the same job, not a second one
            Map<String, Object> again = finalizeRecording(host, segment);
            assertThat(again.get("id")).isEqualTo(job.get("id"));

            Map<String, Object> done = awaitJob(host, job.get("id"), "drafts_ready");
            assertThat(done).containsEntry("drafts_count", 3).containsEntry("questions_generated", 3)
                    .containsEntry("chunks_processed", 2).containsEntry("prompt_version", "quiz-v2")
                    .containsEntry("prompt_tokens", FakeAiProvider.DEFAULT_PROMPT_TOKENS)
                    .containsEntry("progress", 100);
            assertThat(((Number) done.get("audio_seconds")).doubleValue()).isEqualTo(12.5);
            assertThat(fake.speechRequests()).singleElement().satisfies(call -> {
                assertThat(call.fileName()).isEqualTo("take-0.webm");
                assertThat(call.contentType()).isEqualTo("audio/webm");
                assertThat(call.bytes()).isEqualTo(5000);
            });
            assertThat(fake.chatRequests()).hasSize(1);
            assertThat(console.next("processing_status")).containsEntry("segment_id", segment.toString());
            assertThat(console.nextOf("processing_status").get("job_id")).isEqualTo(job.get("id"));

            // drafts, not questions: nothing reaches the players or the game yet
            List<Map<String, Object>> drafts = drafts(host, segment);
            assertThat(drafts).extracting(d -> d.get("question_text"))
                    .containsExactlyElementsOf(GenerationFixtures.quizTexts(3));
            assertThat(drafts).allSatisfy(d -> {
                assertThat(d.get("is_ai_generated")).isEqualTo(true);
                assertThat(((Number) d.get("quality_score")).doubleValue()).isGreaterThan(0.8);
                assertThat(d.get("evidence")).isNotNull();
                assertThat((List<?>) d.get("fake_answers")).hasSize(3);
            });
            assertThat(Sql.count(pool, "SELECT count(*) FROM questions WHERE segment_id = $1", segment)).isZero();
            assertThat(phone.types()).doesNotContain("quiz_ready", "processing_status");

            // review: one edited, one deleted, then approved
            Object edited = drafts.get(0).get("id");
            given().header("Authorization", host).contentType(ContentType.JSON)
                    .body(Map.of("question_text", "In which year was the Eiffel Tower completed?"))
                    .put("/api/drafts/{did}", edited).then().statusCode(200)
                    .body("question_text", equalTo("In which year was the Eiffel Tower completed?"))
                    .body("correct_answer", equalTo("1889"));
            given().header("Authorization", host).delete("/api/drafts/{did}", drafts.get(2).get("id")).then()
                    .statusCode(204);
            given().header("Authorization", host).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/segments/{sid}/drafts/approve", segment).then().statusCode(200)
                    .body("approved", equalTo(2))
                    .body("questions[0].question_text", equalTo("In which year was the Eiffel Tower completed?"))
                    .body("questions[0].is_ai_generated", equalTo(true));
            assertThat(phone.next("quiz_ready")).containsEntry("questions_count", 2);
            assertThat(drafts(host, segment)).isEmpty();

            // the audio is gone once its transcript is stored; the transcript stays for the organiser
            assertThat(Sql.count(pool, "SELECT count(*) FROM audio_chunks WHERE segment_id = $1", segment)).isZero();
            given().header("Authorization", host).get("/api/segments/{sid}/transcript", segment).then()
                    .statusCode(200).body("text", equalTo(GenerationFixtures.TALK))
                    .body("parts[0].first_chunk", equalTo(0)).body("parts[0].last_chunk", equalTo(1));
            given().header("Authorization", host).get("/api/segments/{sid}/processing-logs", segment).then()
                    .statusCode(200).body("[0].stage", equalTo("complete")).body("[0].level", equalTo("info"));

            // and the round plays the approved questions
            console.send(Map.of("type", "start_game", "segment_id", segment.toString()));
            assertThat(phone.next("question").get("text"))
                    .isEqualTo("In which year was the Eiffel Tower completed?");
        }
    }
}
