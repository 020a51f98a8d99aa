package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;

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

/** An event with one segment: single_segment_mode decides between offering the mega quiz and ending. */
@QuarkusTest
class SingleSegmentModeTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void remixOffersTheMegaQuiz() {
        List<String> flow = playOneSegment("remix");
        assertThat(flow).containsExactly("connected", "game_started", "phase_changed", "question", "game_ended",
                "phase_changed", "segment_complete", "phase_changed", "mega_quiz_ready");
    }

    @Test
    void skipGoesStraightToTheEventsEnd() {
        List<String> flow = playOneSegment("skip");
        assertThat(flow).containsExactly("connected", "game_started", "phase_changed", "question", "game_ended",
                "phase_changed", "segment_complete", "phase_changed", "event_complete");
    }

    /** The player's flow. */
    private List<String> playOneSegment(String mode) {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Single", "single_segment_mode", mode));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Only?", "Yes", List.of("No"));
        var player = TestEvents.join(event, "Only player");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("player", base, event.id(), player.sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            host.send(Map.of("type", "start_game"));
            p.next("question");
            host.send(Map.of("type", "end_game"));
            Map<String, Object> last = p.next("remix".equals(mode) ? "mega_quiz_ready" : "event_complete");
            if ("remix".equals(mode)) {
                assertThat(last.get("is_single_segment")).isEqualTo(true);
                assertThat(last.get("single_segment_mode")).isEqualTo("remix");
            }
            return p.flow();
        }
    }
}
