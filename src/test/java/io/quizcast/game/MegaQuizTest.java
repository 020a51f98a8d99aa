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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Three completed segments, then a mega quiz of 5 questions drawn from them, then the event's end. */
@QuarkusTest
class MegaQuizTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void theMegaQuizDrawsFromCompletedSegmentsAndAddsToEventTotals() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Set<String> segmentQuestionIds = new HashSet<>();
        List<UUID> segments = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            UUID segment = TestEvents.createSegment(event, "Presenter " + s, null);
            segments.add(segment);
            for (int q = 0; q < 3; q++) {
                segmentQuestionIds.add(TestEvents.createQuestion(event, segment, "S" + s + "Q" + q, "A" + s + q,
                        List.of("W" + s + q)).toString());
            }
        }
        Joined player = TestEvents.join(event, "Solo");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("solo", base, event.id(), player.sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            for (UUID segment : segments) {
                host.send(Map.of("type", "start_game", "segment_id", segment.toString()));
                Map<String, Object> q = p.next("question");
                p.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer",
                        correctFor(q)));
                p.next("answer_received");
                host.send(Map.of("type", "end_game"));
                p.next("segment_complete");
            }
            Map<String, Object> ready = p.next("mega_quiz_ready");
            assertThat(ready.get("available_questions")).isEqualTo(9);
            int before = totalScore(player);

            host.send(Map.of("type", "start_mega_quiz", "question_count", 5));
            assertThat(p.next("mega_quiz_started").get("question_count")).isEqualTo(5);
            assertThat(p.next("phase_changed").get("phase")).isEqualTo("mega_quiz");
            Map<String, Object> started = p.next("game_started");
            assertThat(started.get("total_questions")).isEqualTo(5);
            Set<Object> asked = new HashSet<>();
            int megaPoints = 0;
            for (int i = 0; i < 5; i++) {
                Map<String, Object> q = p.next("question");
                asked.add(q.get("question_id"));
                p.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer", correctFor(q)));
                p.next("answer_received");
                host.send(Map.of("type", "reveal_answer"));
                Map<String, Object> scores = p.next("scores_update");
                megaPoints += ((Number) GameConnectionTest.cast(((List<?>) scores.get("scores")).get(0)).get("delta"))
                        .intValue();
                host.send(Map.of("type", "next_question"));
            }
            assertThat(asked).hasSize(5);
            assertThat(segmentQuestionIds).containsAll(asked.stream().map(Object::toString).toList());

            Map<String, Object> complete = p.next("event_complete");
            List<Map<String, Object>> winners = castList(complete.get("segment_winners"));
            assertThat(winners).extracting(w -> w.get("segment_id"))
                    .containsExactly(segments.get(0).toString(), segments.get(1).toString(),
                            segments.get(2).toString());
            assertThat(winners).extracting(w -> w.get("winner_name")).containsOnly("Solo");
            assertThat(megaPoints).isPositive();
            assertThat(totalScore(player)).isEqualTo(before + megaPoints);
            long megaRows = Sql.count(pool, "SELECT count(*) FROM answers a JOIN segments s ON s.id = a.segment_id"
                    + " WHERE s.event_id = $1 AND s.kind = 'mega'", event.id());
            assertThat(megaRows).isEqualTo(5);
            Map<String, Object> winner = GameConnectionTest.cast(complete.get("winner"));
            assertThat(winner.get("username")).isEqualTo("Solo");
            assertThat(((Number) winner.get("score")).intValue()).isEqualTo(before + megaPoints);
            host.next("event_complete");
            List<String> expected = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                expected.addAll(List.of("game_started", "phase_changed", "question", "answer_received", "all_answered",
                        "game_ended", "phase_changed", "segment_complete"));
            }
            expected.addAll(
                    List.of("phase_changed", "mega_quiz_ready", "mega_quiz_started", "phase_changed", "game_started"));
            for (int q = 0; q < 5; q++) {
                expected.addAll(List.of("phase_changed", "question", "answer_received", "all_answered", "phase_changed",
                        "reveal", "scores_update"));
            }
            expected.addAll(List.of("game_ended", "phase_changed", "event_complete"));
            List<String> hostExpected = new ArrayList<>(List.of("connected", "participant_joined"));
            hostExpected.addAll(expected);
            List<String> playerExpected = new ArrayList<>(List.of("connected"));
            playerExpected.addAll(expected);
            assertThat(host.flow()).containsExactlyElementsOf(hostExpected);
            assertThat(p.flow()).containsExactlyElementsOf(playerExpected);
        }
    }

    private int totalScore(Joined player) {
        return (int) Sql.count(pool, "SELECT total_score FROM event_participants WHERE id = $1",
                player.participantId());
    }

    /** The tests' questions: the correct answer of "SxQy" is "Axy". */
    private static String correctFor(Map<String, Object> question) {
        String text = (String) question.get("text");
        return "A" + text.charAt(1) + text.charAt(3);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object list) {
        return (List<Map<String, Object>>) list;
    }
}
