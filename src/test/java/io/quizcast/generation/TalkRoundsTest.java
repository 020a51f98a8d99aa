package io.quizcast.generation;

import static io.quizcast.testsupport.GenerationFixtures.awaitJob;
import static io.quizcast.testsupport.GenerationFixtures.finalizeRecording;
import static io.quizcast.testsupport.GenerationFixtures.firstChunk;
import static io.quizcast.testsupport.GenerationFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.game.room.Hub;
import io.quizcast.testsupport.AiEnabledProfile;
import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.GenerationFixtures;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event of talks, where rounds are empty until their talk is given: the event waits for a talk to come, and a
 * room loaded afresh (a restart, a takeover) still says which quiz is being prepared.
 */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class TalkRoundsTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Hub hub;

    FakeAiProvider fake;

    @BeforeEach
    void provider() {
        fake = GenerationFixtures.freshProvider();
    }

    @Test
    void aRoundWhoseTalkIsStillToComeIsWaitedForUntilTheHostMovesOn() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID first = TestEvents.createSegment(event, "Ada", event.host().id());
        TestEvents.createQuestion(event, first, "Only?", "Yes", List.of("No"));
        TestEvents.createSegment(event, "Pat", null);
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient phone = GameClient.connect("phone", base, event.id(),
                        TestEvents.join(event, "Ben").sessionToken())) {
            host.joinAs(event.host().id());
            phone.joinWithSession();
            host.send(Map.of("type", "start_game", "segment_id", first.toString()));
            phone.next("question");
            host.send(Map.of("type", "end_game"));

            // Pat's round has no questions yet: its talk makes them, so the event waits at the round's end
            assertThat(host.next("segment_complete")).containsEntry("segment_id", first.toString());
            // a refused command is answered after everything the round's end said
            host.send(Map.of("type", "reveal_answer"));
            host.nextError("invalid_phase");
            assertThat(host.types()).doesNotContain("mega_quiz_ready", "event_complete");
            // the host moves on without it: start_game with no round to start offers the mega quiz
            host.send(Map.of("type", "start_game"));
            assertThat(phone.next("mega_quiz_ready")).containsEntry("available_questions", 1);
        }
    }

    @Test
    void aRoomLoadedAfreshStillSaysTheQuizIsBeingPreparedUntilItIsApproved() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Talks", "questions_to_generate", 2));
        String host = event.host().bearer();
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        upload(host, segment, 0, firstChunk(3000, 7)).then().statusCode(200);
        Map<String, Object> job = finalizeRecording(host, segment);
        awaitJob(host, job.get("id"), "drafts_ready");

        // the room is dropped (as when its pod dies) while the drafts await review: a phone that comes back to a
        // room loaded afresh is told what the room is waiting for
        dropRoom(event.id());
        try (GameClient phone = GameClient.connect("phone", base, event.id(),
                TestEvents.join(event, "Ben").sessionToken())) {
            phone.joinWithSession();
            assertThat(phone.next("quiz_generating")).containsEntry("segment_id", segment.toString())
                    .containsEntry("presenter_name", "Ada");

            given().header("Authorization", host).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/segments/{sid}/drafts/approve", segment).then().statusCode(200);
            assertThat(phone.next("quiz_ready")).containsEntry("segment_id", segment.toString());
        }

        // once approved, a room loaded afresh waits for nothing
        dropRoom(event.id());
        try (GameClient phone = GameClient.connect("again", base, event.id(),
                TestEvents.join(event, "Cy").sessionToken())) {
            phone.joinWithSession();
            // an answer with no question open is refused after everything the join said
            phone.send(Map.of("type", "answer", "question_id", UUID.randomUUID().toString(), "answer", "x"));
            phone.nextOf("error");
            assertThat(phone.types()).doesNotContain("quiz_generating");
        }
    }

    @Test
    void everyTypeTheModelMayWriteIsApprovedAsTheQuestionItSays() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Types", "questions_to_generate", 3));
        String host = event.host().bearer();
        UUID segment = TestEvents.createSegment(event, "Ada", event.host().id());
        fake.chatResponder(request -> FakeAiProvider.Reply.chat(new JsonObject().put("questions", new JsonArray()
                .add(question("multiple", "Which facts about the tower does the talk give?", "It is 330 metres tall",
                        List.of("It is repainted every seven years"), List.of("It is made of stone"),
                        "It is 330 metres tall."))
                .add(question("type_answer", "Whose company designed and built the tower?", "Gustave Eiffel",
                        List.of("Eiffel"), List.of(), "Gustave Eiffel's company designed and built it."))
                .add(question("true_false", "The tower was completed in 1889.", "true", List.of(), List.of(),
                        "The Eiffel Tower was completed in 1889 for the World's Fair.")))
                .encode()));
        Object job = given().header("Authorization", host).contentType(ContentType.JSON)
                .body(Map.of("notes", GenerationFixtures.TALK)).post("/api/segments/{sid}/generate", segment)
                .then().statusCode(202).extract().path("id");
        awaitJob(host, job, "drafts_ready");

        given().header("Authorization", host).contentType(ContentType.JSON).body(Map.of())
                .post("/api/segments/{sid}/drafts/approve", segment).then().statusCode(200);
        io.restassured.path.json.JsonPath questions = given().header("Authorization", host)
                .get("/api/segments/{sid}/questions", segment).then().statusCode(200).extract().jsonPath();
        assertThat(questions.getList("type", String.class)).containsExactly("multiple", "type_answer",
                "true_false");
        assertThat(questions.getList("[0].correct_answers", String.class)).containsExactly("It is 330 metres tall",
                "It is repainted every seven years");
        assertThat(questions.getList("[0].fake_answers", String.class)).containsExactly("It is made of stone");
        assertThat(questions.getList("[1].correct_answers", String.class)).containsExactly("Gustave Eiffel",
                "Eiffel");
        assertThat(questions.getString("[2].correct_answer")).isEqualTo("True");
    }

    private static JsonObject question(String type, String text, String correct, List<String> more,
            List<String> wrong, String evidence) {
        return new JsonObject().put("type", type).put("question", text).put("correct_answer", correct)
                .put("more_correct_answers", new JsonArray(more)).put("wrong_answers", new JsonArray(wrong))
                .put("evidence", evidence);
    }

    private void dropRoom(UUID eventId) {
        hub.moveAway(eventId, Long.MAX_VALUE);
        await().untilAsserted(() -> assertThat(hub.existingRoom(eventId)).isNull());
    }
}
