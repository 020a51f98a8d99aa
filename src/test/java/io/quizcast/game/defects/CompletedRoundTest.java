package io.quizcast.game.defects;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, defect 2's server half: start_game naming a round that is over (a console with an old list) is refused;
 * the round is not carried on. resume_segment reopens it.
 */
@QuarkusTest
class CompletedRoundTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aRoundThatIsOverIsNotStartedAgain() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID first = TestEvents.createSegment(event, "Ada", null);
        TestEvents.createQuestion(event, first, "Q0", "A0", List.of("W0"));
        TestEvents.createQuestion(event, first, "Q1", "A1", List.of("W1"));
        UUID second = TestEvents.createSegment(event, "Grace", null);
        TestEvents.createQuestion(event, second, "Q2", "A2", List.of("W2"));
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("p", base, event.id(),
                        TestEvents.join(event, "Solo").sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            host.send(Map.of("type", "start_game", "segment_id", first.toString()));
            p.next("question");
            host.send(Map.of("type", "end_game"));
            p.next("segment_complete");
            host.send(Map.of("type", "start_game", "segment_id", first.toString()));
            host.nextError("invalid_phase");
            host.send(Map.of("type", "resume_segment", "segment_id", first.toString()));
            host.send(Map.of("type", "start_game", "segment_id", first.toString()));
            p.next("game_started");
            org.assertj.core.api.Assertions.assertThat(p.next("question").get("text")).isEqualTo("Q1");
        }
    }
}
