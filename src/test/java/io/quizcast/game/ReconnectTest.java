package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A player drops mid-question and comes back: same identity, the screen restored, the answer counted once. */
@QuarkusTest
class ReconnectTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void aReconnectingPlayerGetsStateRestoredAndItsAnswerStillCountsOnce() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Colour of the sky?", "Blue", List.of("Green", "Red"));
        TestEvents.join(event, "Stays");
        Joined player = TestEvents.join(event, "Drops");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            Map<String, Object> question;
            try (GameClient first = GameClient.connect("drops-1", base, event.id(), player.sessionToken())) {
                first.joinWithSession();
                assertThat(host.next("participant_joined").get("reconnected")).isEqualTo(false);
                host.send(Map.of("type", "start_game"));
                question = first.next("question");
                first.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer",
                        "Blue"));
                first.next("answer_received");
            }
            assertThat(host.next("participant_left").get("user_id")).isEqualTo(player.participantId().toString());

            try (GameClient second = GameClient.connect("drops-2", base, event.id(), player.sessionToken())) {
                second.send(Map.of("type", "join"));
                Map<String, Object> connected = second.next("connected");
                assertThat(GameConnectionTest.field(connected, "you", "id"))
                        .isEqualTo(player.participantId().toString());
                Map<String, Object> restored = second.next("state_restored");
                assertThat(restored.get("current_phase")).isEqualTo("showing_question");
                assertThat(restored.get("current_question_id")).isEqualTo(question.get("question_id"));
                assertThat(restored.get("question_text")).isEqualTo("Colour of the sky?");
                assertThat(restored.get("answers")).isEqualTo(question.get("answers"));
                assertThat(restored.get("your_answer")).isEqualTo("Blue");
                assertThat(((Number) restored.get("remaining_ms")).longValue()).isBetween(1L, 30_000L);
                assertThat(((Number) restored.get("your_score")).intValue()).isPositive();
                assertThat(restored.get("your_rank")).isEqualTo(1);
                Map<String, Object> back = host.next("participant_joined");
                assertThat(back.get("reconnected")).isEqualTo(true);

                second.send(
                        Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", "Red"));
                second.nextError("duplicate");
                host.send(Map.of("type", "reveal_answer"));
                Map<String, Object> reveal = second.next("reveal");
                assertThat(reveal.get("distribution").toString()).contains("answer=Blue, count=1");
                host.next("reveal");
                assertThat(host.flow()).containsExactly("connected", "participant_joined", "game_started",
                        "phase_changed",
                        "question", "answer_received", "all_answered", "participant_left", "participant_joined",
                        "phase_changed", "reveal", "scores_update");
                assertThat(second.flow()).containsExactly("connected", "state_restored", "error", "phase_changed",
                        "reveal",
                        "scores_update");
            }
            assertThat(Sql.count(pool,
                    "SELECT count(*) FROM answers WHERE participant_id = $1 AND selected_answer IS NOT NULL",
                    player.participantId())).isEqualTo(1);
        }
    }
}
