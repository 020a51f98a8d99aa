package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Commands sent back to back, without waiting for their answers, reach every client in the order of the state
 * changes: a task's messages leave before the room's lock passes on to the next task.
 */
@QuarkusTest
class MessageOrderTest {

    private static final int PLAYERS = 6;

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyClientSeesTheChangesOfBackToBackCommandsInOrder() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "One?", "1", List.of("2"));
        TestEvents.createQuestion(event, segment, "Two?", "2", List.of("1"));
        List<GameClient> players = new ArrayList<>();
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            for (int i = 0; i < PLAYERS; i++) {
                GameClient p = GameClient.connect("p" + i, base, event.id(),
                        TestEvents.join(event, "Player " + i).sessionToken());
                p.joinWithSession();
                players.add(p);
            }
            host.send(Map.of("type", "start_game"));
            Object q1 = host.next("question").get("question_id");
            for (GameClient p : players) {
                p.next("question");
                p.send(Map.of("type", "answer", "question_id", q1, "selected_answer", "1"));
                p.next("answer_received");
            }

            host.send(Map.of("type", "reveal_answer")).send(Map.of("type", "show_leaderboard"))
                    .send(Map.of("type", "next_question"));

            for (GameClient p : players) {
                p.next("question");
                List<String> flow = p.flow();
                List<String> afterAck = flow.subList(flow.lastIndexOf("answer_received") + 1, flow.size());
                assertThat(afterAck).as(p.toString()).filteredOn(t -> !t.equals("all_answered")).containsExactly(
                        "phase_changed", "reveal", "scores_update", "phase_changed", "leaderboard", "phase_changed",
                        "question");
                List<Object> phases = p.frames().stream().filter(f -> "phase_changed".equals(f.get("type")))
                        .map(f -> f.get("phase")).toList();
                assertThat(phases.subList(phases.size() - 3, phases.size())).containsExactly("revealing_answer",
                        "showing_leaderboard", "showing_question");
            }
        } finally {
            players.forEach(GameClient::close);
        }
    }
}
