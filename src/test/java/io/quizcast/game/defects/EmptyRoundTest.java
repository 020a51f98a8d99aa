package io.quizcast.game.defects;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, defect 3: a round without questions never blocks the event; once no round with questions is left, the
 * mega quiz (or the podium) is reached.
 */
@QuarkusTest
class EmptyRoundTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void anEmptyRoundDoesNotKeepTheEventFromItsEnd() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID played = TestEvents.createSegment(event, "Ada", null);
        TestEvents.createQuestion(event, played, "Q0", "A0", List.of("W0"));
        TestEvents.createSegment(event, "Grace (no questions yet)", null);
        Joined player = TestEvents.join(event, "Solo");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("solo", base, event.id(), player.sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            host.send(Map.of("type", "start_game", "segment_id", played.toString()));
            Map<String, Object> q = p.next("question");
            p.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer", "A0"));
            p.next("answer_received");
            host.send(Map.of("type", "end_game"));
            p.next("segment_complete");
            Map<String, Object> ready = p.next("mega_quiz_ready");
            assertThat(ready.get("available_questions")).isEqualTo(1);
            host.send(Map.of("type", "skip_mega_quiz"));
            assertThat(p.next("event_complete").get("winner")).isNotNull();
        }
    }

    @Test
    void startingWithOnlyEmptyRoundsLeftLeadsToTheEventsEnd() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID played = TestEvents.createSegment(event, "Ada", null);
        TestEvents.createQuestion(event, played, "Q0", "A0", List.of("W0"));
        Joined player = TestEvents.join(event, "Solo");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("solo", base, event.id(), player.sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            host.send(Map.of("type", "start_game", "segment_id", played.toString()));
            p.next("question");
            // a round added while the first one runs, and left empty
            TestEvents.createSegment(event, "Grace (no questions yet)", null);
            host.send(Map.of("type", "end_game"));
            p.next("segment_complete");
            // the round's end offers the mega quiz at once: the empty round is not waited for
            assertThat(p.next("mega_quiz_ready").get("available_questions")).isEqualTo(1);
        }
    }
}
