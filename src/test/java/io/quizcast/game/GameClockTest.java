package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.ManualGameTime;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The game's time, moved by the test instead of waited for: speed scores, the deadline, a paused clock. */
@QuarkusTest
class GameClockTest extends ManualGameTime {

    @TestHTTPResource("/")
    URI base;

    @Test
    void pointsFollowTheServersClockAndAnAnswerPastTheGraceIsTooLate() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"), Map.of("title", "Timed",
                "time_per_question", 30));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Fast?", "Yes", List.of("No"));
        Joined quick = TestEvents.join(event, "Quick");
        Joined slow = TestEvents.join(event, "Slow");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient q = GameClient.connect("quick", base, event.id(), quick.sessionToken());
                GameClient s = GameClient.connect("slow", base, event.id(), slow.sessionToken())) {
            host.joinAs(event.host().id());
            q.joinWithSession();
            s.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Map<String, Object> question = q.next("question");
            s.next("question");
            assertThat(question.get("question_started_at")).isEqualTo("2026-12-01T12:00:00.000Z");
            assertThat(question.get("deadline")).isEqualTo("2026-12-01T12:00:30.000Z");

            clock.advance(Duration.ofSeconds(5));
            q.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", "Yes"));
            q.next("answer_received");
            clock.advance(Duration.ofMillis(25_501)); // 30.501 s: past the limit and its 500 ms grace
            s.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", "Yes"));
            s.nextError("too_late");

            host.send(Map.of("type", "reveal_answer"));
            Map<String, Object> score = entry(q.next("scores_update"));
            assertThat(score.get("delta")).isEqualTo(833); // floor(1000 × (30 − 5) / 30)
            assertThat(entry(s.next("scores_update")).get("delta")).isEqualTo(0);
        }
    }

    @Test
    void aPausedQuestionKeepsExactlyTheTimeItHadLeft() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"), Map.of("title", "Paused",
                "time_per_question", 30));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Wait?", "Yes", List.of("No"));
        Joined player = TestEvents.join(event, "Patient");
        try (GameClient p = GameClient.connect("patient", base, event.id(), player.sessionToken())) {
            p.joinWithSession();
            try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
                host.joinAs(event.host().id());
                host.send(Map.of("type", "start_game"));
                p.next("question");
                clock.advance(Duration.ofSeconds(12));
            }
            assertThat(p.next("presenter_paused").get("reason")).isEqualTo("presenter_disconnected");
            clock.advance(Duration.ofMinutes(5)); // the clock of the question stands still meanwhile

            try (GameClient host = GameClient.connect("host-back", base, event.id(), event.host().token())) {
                host.joinAs(event.host().id());
                Map<String, Object> again = p.next("question");
                Instant started = Instant.parse((String) again.get("question_started_at"));
                Instant deadline = Instant.parse((String) again.get("deadline"));
                assertThat(Duration.between(clock.instant(), deadline)).isEqualTo(Duration.ofSeconds(18));
                assertThat(Duration.between(started, deadline)).isEqualTo(Duration.ofSeconds(30));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Map<String, Object> scoresUpdate) {
        return ((List<Map<String, Object>>) scoresUpdate.get("scores")).get(0);
    }
}
