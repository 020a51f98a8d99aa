package io.quizcast.generation;

import static io.quizcast.testsupport.GenerationFixtures.awaitJob;
import static io.quizcast.testsupport.GenerationFixtures.drafts;
import static io.quizcast.testsupport.GenerationFixtures.finalizeRecording;
import static io.quizcast.testsupport.GenerationFixtures.firstChunk;
import static io.quizcast.testsupport.GenerationFixtures.laterChunk;
import static io.quizcast.testsupport.GenerationFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.AiEnabledProfile;
import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.FakeAiProvider.Reply;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.GenerationFixtures;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the provider does wrong, and what the job does about it. */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class GenerationJobFailuresTest {

    static final String NOTES = "Notes of the talk. " + GenerationFixtures.TALK;

    @TestHTTPResource("/")
    URI base;

    FakeAiProvider fake;

    @BeforeEach
    void provider() {
        fake = GenerationFixtures.freshProvider();
    }

    /** A round of a new event, and a job from notes started for it. */
    record Started(CreatedEvent event, UUID segment, Map<String, Object> job) {

        String host() {
            return event.host().bearer();
        }
    }

    static Started fromNotes() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Notes", "questions_to_generate", 2));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        Map<String, Object> job = given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("notes", NOTES)).post("/api/segments/{sid}/generate", segment).then().statusCode(202)
                .body("source", equalTo("notes")).extract().jsonPath().getMap("");
        return new Started(event, segment, job);
    }

    @Test
    void aRateLimitIsWaitedOutAsTheProviderAsks() {
        fake.enqueueChat(Reply.error(429, "slow down").withHeader("Retry-After", "1"));

        Started started = fromNotes();

        awaitJob(started.host(), started.job().get("id"), "drafts_ready");
        List<FakeAiProvider.ChatCall> calls = fake.chatRequests();
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aServerErrorIsRetried() {
        fake.enqueueChat(Reply.error(500, "boom"));

        Started started = fromNotes();

        assertThat(awaitJob(started.host(), started.job().get("id"), "drafts_ready")).containsEntry("drafts_count", 2);
        assertThat(fake.chatRequests()).hasSize(2);
    }

    @Test
    void aSlowAnswerTimesOutAndIsAskedAgain() {
        fake.enqueueChat(Reply.chat(GenerationFixtures.quiz(2)).after(Duration.ofSeconds(5)));

        Started started = fromNotes();

        awaitJob(started.host(), started.job().get("id"), "drafts_ready");
        assertThat(fake.chatRequests()).hasSize(2);
    }

    @Test
    void aRefusedKeyFailsAtOnceAndThePlayersAreTold() {
        fake.chatResponder(request -> Reply.error(401, "Incorrect API key provided"));
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"), Map.of("title", "Keys"));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        Joined player = TestEvents.join(event, "Ben");
        try (GameClient phone = GameClient.connect("phone", base, event.id(), player.sessionToken())) {
            phone.joinWithSession();
            Map<String, Object> job = given().header("Authorization", event.host().bearer())
                    .contentType(ContentType.JSON).body(Map.of("notes", NOTES))
                    .post("/api/segments/{sid}/generate", segment).then().statusCode(202).extract().jsonPath()
                    .getMap("");
            assertThat(phone.next("quiz_generating")).containsEntry("segment_id", segment.toString());

            Map<String, Object> failed = awaitJob(event.host().bearer(), job.get("id"), "failed");

            assertThat(failed).containsEntry("error_code", "provider_unauthorized").containsEntry("success", false);
            assertThat(fake.chatRequests()).hasSize(1);
            assertThat(phone.next("no_questions_generated")).containsEntry("reason", "provider_unauthorized");
            given().header("Authorization", event.host().bearer()).get("/api/segments/{sid}/processing-logs", segment)
                    .then().statusCode(200).body("[0].level", equalTo("error"));
        }
    }

    @Test
    void aDraftThatCannotBeWrittenAgainDoesNotTellThePlayersThereIsNoQuiz() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Again", "questions_to_generate", 2));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        String host = event.host().bearer();
        Joined player = TestEvents.join(event, "Ben");
        try (GameClient phone = GameClient.connect("phone", base, event.id(), player.sessionToken())) {
            phone.joinWithSession();
            Object first = given().header("Authorization", host).contentType(ContentType.JSON)
                    .body(Map.of("notes", NOTES)).post("/api/segments/{sid}/generate", segment).then()
                    .statusCode(202).extract().path("id");
            awaitJob(host, first, "drafts_ready");
            fake.chatResponder(request -> Reply.error(401, "key revoked"));

            Object again = given().header("Authorization", host)
                    .post("/api/drafts/{did}/regenerate", drafts(host, segment).get(0).get("id")).then()
                    .statusCode(202).extract().path("id");
            awaitJob(host, again, "failed");
            given().header("Authorization", host).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/segments/{sid}/drafts/approve", segment).then().statusCode(200);

            assertThat(phone.next("quiz_ready")).containsEntry("questions_count", 2);
            assertThat(phone.types()).doesNotContain("no_questions_generated");
        }
    }

    @Test
    void anUnreadableAnswerIsRepairedOnce() {
        fake.enqueueChat(Reply.chat("Sure! Here are your questions: 1. When was..."));

        Started started = fromNotes();

        awaitJob(started.host(), started.job().get("id"), "drafts_ready");
        List<FakeAiProvider.ChatCall> calls = fake.chatRequests();
        assertThat(calls).hasSize(2);
        // the repair call carries the bad answer back, and says what was wrong with it
        assertThat(calls.get(1).body().getJsonArray("messages").encode()).contains("Sure! Here are your questions");
        given().header("Authorization", started.host()).get("/api/segments/{sid}/processing-logs", started.segment())
                .then().body("stage", org.hamcrest.Matchers.hasItem("checking"));
    }

    @Test
    void aFencedAnswerIsReadAndOneWithTheCorrectAnswerAmongTheWrongOnesIsRepaired() {
        String fenced = "```json\n" + GenerationFixtures.quiz(2) + "\n```";
        String correctAmongWrong = GenerationFixtures.quiz(2).replace("\"1901\"", "\"1889\"");
        fake.enqueueChat(Reply.chat(correctAmongWrong), Reply.chat(fenced));

        Started started = fromNotes();

        assertThat(awaitJob(started.host(), started.job().get("id"), "drafts_ready")).containsEntry("drafts_count", 2);
        assertThat(fake.chatRequests()).hasSize(2);
        assertThat(drafts(started.host(), started.segment())).extracting(d -> d.get("correct_answer"))
                .containsExactly("1889", "330 metres");
    }

    @Test
    void anAnswerThatFailsTheChecksTwiceFailsTheJobClearly() {
        fake.chatResponder(request -> Reply.chat("{\"questions\":[{\"type\":\"single\",\"question\":\"Pick one\","
                + "\"correct_answer\":\"All of the above\",\"wrong_answers\":[\"a\",\"b\",\"c\"],\"evidence\":\"\"}]}"));

        Started started = fromNotes();

        Map<String, Object> failed = awaitJob(started.host(), started.job().get("id"), "failed");
        assertThat(failed).containsEntry("error_code", "invalid_output");
        assertThat((String) failed.get("error_message")).contains("no question passed the checks");
        assertThat(fake.chatRequests()).hasSize(2);
        assertThat(drafts(started.host(), started.segment())).isEmpty();
    }

    @Test
    void aProviderThatIsDownLeavesTheJobQueuedUntilItIsBack() {
        fake.stop();
        try {
            Started started = fromNotes();
            Map<String, Object> waiting = org.awaitility.Awaitility.await().atMost(GenerationFixtures.WAIT)
                    .until(() -> given().header("Authorization", started.host())
                            .get("/api/jobs/{jid}", started.job().get("id")).then().extract().jsonPath()
                            .<String, Object>getMap(""), job -> "provider_unavailable".equals(job.get("error_code")));
            assertThat(waiting.get("status")).isIn("queued", "running");
            fake.start();
            awaitJob(started.host(), started.job().get("id"), "drafts_ready");
        } finally {
            fake.start();
        }
    }

    @Test
    void aMissingChunkIsLoggedAndTheRestTranscribed() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"), Map.of("title", "Gaps"));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        String host = event.host().bearer();
        upload(host, segment, 0, firstChunk(1000, 1)).then().statusCode(200);
        upload(host, segment, 1, laterChunk(1000, 2)).then().statusCode(200);
        upload(host, segment, 3, laterChunk(1000, 4)).then().statusCode(200);

        awaitJob(host, finalizeRecording(host, segment).get("id"), "drafts_ready");

        assertThat(fake.speechRequests()).singleElement().satisfies(call -> assertThat(call.bytes()).isEqualTo(3000));
        given().header("Authorization", host).get("/api/segments/{sid}/processing-logs", segment).then()
                .body("findAll { it.level == 'warning' }.message", org.hamcrest.Matchers.hasItem(
                        containsString("Missing chunks [2]")));
    }

    @Test
    void aCancelledJobCanBeRetriedWithoutPayingForItsTranscriptAgain() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"), Map.of("title", "Again"));
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        String host = event.host().bearer();
        upload(host, segment, 0, firstChunk(1000, 1)).then().statusCode(200);
        fake.chatResponder(request -> Reply.error(401, "bad key"));
        Object id = finalizeRecording(host, segment).get("id");
        awaitJob(host, id, "failed");
        assertThat(fake.speechRequests()).hasSize(1);
        given().header("Authorization", host).post("/api/jobs/{jid}/cancel", id).then().statusCode(409)
                .body("code", equalTo("invalid_status"));

        GenerationFixtures.answerWithQuiz(fake);
        given().header("Authorization", host).post("/api/jobs/{jid}/retry", id).then().statusCode(200)
                .body("status", equalTo("queued"));

        awaitJob(host, id, "drafts_ready");
        assertThat(fake.speechRequests()).hasSize(1);
        given().header("Authorization", host).post("/api/jobs/{jid}/retry", id).then().statusCode(409);
    }

    @Test
    void cancellingAQueuedJobTellsThePlayers() {
        fake.enqueueChat(Reply.chat(GenerationFixtures.quiz(2)).after(Duration.ofSeconds(2)));
        Started started = fromNotes();

        given().header("Authorization", started.host()).post("/api/jobs/{jid}/cancel", started.job().get("id"))
                .then().statusCode(200).body("status", equalTo("cancelled"));

        assertThat(awaitJob(started.host(), started.job().get("id"), "cancelled")).containsEntry("success", false);
    }
}
