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
        RoundWithQuestion round = RoundWithQuestion.create();
        TestEvents.createSegment(round.event(), "Grace (no questions yet)", null);
        try (Playing game = play(round)) {
            game.player().send(Map.of("type", "answer", "question_id", game.question().get("question_id"),
                    "selected_answer", "A0"));
            game.player().next("answer_received");
            game.host().send(Map.of("type", "end_game"));
            game.player().next("segment_complete");
            Map<String, Object> ready = game.player().next("mega_quiz_ready");
            assertThat(ready.get("available_questions")).isEqualTo(1);
            game.host().send(Map.of("type", "skip_mega_quiz"));
            assertThat(game.player().next("event_complete").get("winner")).isNotNull();
        }
    }

    @Test
    void startingWithOnlyEmptyRoundsLeftLeadsToTheEventsEnd() {
        RoundWithQuestion round = RoundWithQuestion.create();
        try (Playing game = play(round)) {
            // a round added while the first one runs, and left empty
            TestEvents.createSegment(round.event(), "Grace (no questions yet)", null);
            game.host().send(Map.of("type", "end_game"));
            game.player().next("segment_complete");
            // the round's end offers the mega quiz at once: the empty round is not waited for
            assertThat(game.player().next("mega_quiz_ready").get("available_questions")).isEqualTo(1);
        }
    }

    /** An event whose round "Ada" has one question, Q0, answered by A0. */
    private record RoundWithQuestion(CreatedEvent event, UUID segmentId) {

        static RoundWithQuestion create() {
            CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
            UUID segmentId = TestEvents.createSegment(event, "Ada", null);
            TestEvents.createQuestion(event, segmentId, "Q0", "A0", List.of("W0"));
            return new RoundWithQuestion(event, segmentId);
        }
    }

    /** The host's and the one player's sockets, once the round runs and the player got its question. */
    private record Playing(GameClient host, GameClient player, Map<String, Object> question) implements AutoCloseable {

        @Override
        public void close() {
            player.close();
            host.close();
        }
    }

    /** The player "Solo" joins, host and player connect and join, the host starts the round with the question. */
    private Playing play(RoundWithQuestion round) {
        CreatedEvent event = round.event();
        Joined solo = TestEvents.join(event, "Solo");
        GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
        GameClient player = null;
        try {
            player = GameClient.connect("solo", base, event.id(), solo.sessionToken());
            host.joinAs(event.host().id());
            player.joinWithSession();
            host.send(Map.of("type", "start_game", "segment_id", round.segmentId().toString()));
            return new Playing(host, player, player.next("question"));
        } catch (RuntimeException | Error e) {
            if (player != null) {
                player.close();
            }
            host.close();
            throw e;
        }
    }
}
