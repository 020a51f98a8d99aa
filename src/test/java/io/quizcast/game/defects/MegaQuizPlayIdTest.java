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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, defect 1: the mega quiz asks the rounds' questions again (same question ids), so every play of a question
 * carries its own {@code play_id}: in the question, its acknowledgement, its reveal and a reconnect's state.
 */
@QuarkusTest
class MegaQuizPlayIdTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aMegaQuizQuestionIsANewPlayToEveryClient() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID round = TestEvents.createSegment(event, "Ada", null);
        for (int q = 0; q < 2; q++) {
            TestEvents.createQuestion(event, round, "Q" + q, "A" + q, List.of("W" + q));
        }
        Joined player = TestEvents.join(event, "Solo");
        Set<Object> roundPlays = new HashSet<>();
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("solo", base, event.id(), player.sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            host.send(Map.of("type", "start_game", "segment_id", round.toString()));
            for (int i = 0; i < 2; i++) {
                Map<String, Object> q = p.next("question");
                assertThat(q.get("play_id")).as("a round's question has a play id").isNotNull();
                roundPlays.add(q.get("play_id"));
                answer(p, q);
                host.send(Map.of("type", "reveal_answer"));
                assertThat(p.next("reveal").get("play_id")).isEqualTo(q.get("play_id"));
                host.send(Map.of("type", "next_question"));
            }
            p.next("mega_quiz_ready");
            host.send(Map.of("type", "start_mega_quiz", "question_count", 2));
            Map<String, Object> first = p.next("question");
            assertThat(first.get("play_id")).isNotNull().isNotIn(roundPlays)
                    .isNotEqualTo(first.get("question_id"));
            Map<String, Object> ack = answer(p, first);
            assertThat(ack.get("play_id")).isEqualTo(first.get("play_id"));

            try (GameClient again = GameClient.connect("solo-again", base, event.id(), player.sessionToken())) {
                Map<String, Object> restored = again.joinWithSession();
                restored = again.next("state_restored");
                assertThat(restored.get("current_play_id")).isEqualTo(first.get("play_id"));
                assertThat(restored.get("your_answer")).isNotNull();
            }
        }
    }

    private static Map<String, Object> answer(GameClient p, Map<String, Object> q) {
        p.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer",
                "A" + ((String) q.get("text")).substring(1)));
        return p.next("answer_received");
    }
}
