package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.ManualGameTime;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How an event plays, on the service's clock moved by the test (no waiting): a reading time before the answers open,
 * the reveal by itself when everyone answered or the time is up, the leaderboard and the next question by themselves,
 * and the streak bonus.
 */
@QuarkusTest
class PlaySettingsTest extends ManualGameTime {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void aRoundPlaysItselfWithReadingTimeAutoRevealAutoAdvanceAndStreaks() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"), Map.of("title", "Hands-free",
                "time_per_question", 20, "reading_time", 5, "auto_reveal", true, "auto_advance", 8,
                "streak_bonus", true));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "One?", "1", List.of("x"));
        TestEvents.createQuestion(event, segment, "Two?", "2", List.of("x"));
        TestEvents.createQuestion(event, segment, "Three?", "3", List.of("x"));
        TestEvents.Joined ann = TestEvents.join(event, "Ann");
        TestEvents.Joined ben = TestEvents.join(event, "Ben");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient a = GameClient.connect("ann", base, event.id(), ann.sessionToken());
                GameClient b = GameClient.connect("ben", base, event.id(), ben.sessionToken())) {
            host.joinAs(event.host().id());
            a.joinWithSession();
            b.joinWithSession();
            host.send(Map.of("type", "start_game"));

            // question 1: read for 5 s, then the answers open; everyone answers: revealed at once
            Map<String, Object> preview = a.next("question_preview");
            assertThat(preview).containsEntry("text", "One?").containsEntry("shown_at", "2026-12-01T12:00:00.000Z")
                    .containsEntry("answers_open_at", "2026-12-01T12:00:05.000Z").doesNotContainKey("answers");
            a.send(answer(preview, "1"));
            assertThat(a.nextError("too_early").get("message")).asString().contains("not open yet");
            clock.advance(Duration.ofSeconds(5));
            Map<String, Object> q = a.next("question");
            assertThat(q).containsEntry("question_started_at", "2026-12-01T12:00:05.000Z")
                    .containsEntry("deadline", "2026-12-01T12:00:25.000Z");
            b.next("question");
            a.send(answer(q, "1"));
            a.next("answer_received");
            b.send(answer(q, "1"));
            b.next("answer_received");
            assertThat(host.next("reveal").get("question_text")).isEqualTo("One?");
            assertThat(scores(a)).containsEntry("delta", 1000).containsEntry("streak", 1)
                    .containsEntry("streak_bonus", 0);

            // 8 s later the leaderboard, 8 s after it the next question
            clock.advance(Duration.ofSeconds(8));
            a.next("leaderboard");
            clock.advance(Duration.ofSeconds(8));
            assertThat(a.next("question_preview").get("text")).isEqualTo("Two?");
            clock.advance(Duration.ofSeconds(5));
            q = a.next("question");

            // question 2: Ann right again (a streak of 2: +100), Ben wrong; revealed when the time is up, not before
            a.send(answer(q, "2"));
            a.next("answer_received");
            clock.advance(Duration.ofMillis(20_400));
            b.send(answer(q, "x"));
            b.next("answer_received");
            clock.advance(Duration.ofMillis(100));
            assertThat(host.next("reveal").get("question_text")).isEqualTo("Two?");
            assertThat(scores(a)).containsEntry("delta", 1100).containsEntry("streak", 2)
                    .containsEntry("streak_bonus", 100);
            assertThat(scores(b)).containsEntry("delta", 0).containsEntry("streak", 0);

            // question 3: Ann's third in a row (+200); Ben does not answer
            clock.advance(Duration.ofSeconds(8));
            a.next("leaderboard");
            clock.advance(Duration.ofSeconds(8));
            a.next("question_preview");
            clock.advance(Duration.ofSeconds(5));
            q = a.next("question");
            a.send(answer(q, "3"));
            a.next("answer_received");
            clock.advance(Duration.ofMillis(20_500));
            host.next("reveal");
            assertThat(scores(a)).containsEntry("delta", 1200).containsEntry("streak", 3);

            // after the last leaderboard the round ends by itself
            clock.advance(Duration.ofSeconds(8));
            a.next("leaderboard");
            clock.advance(Duration.ofSeconds(8));
            assertThat(host.next("segment_complete").get("segment_id")).isEqualTo(segment.toString());
        }
        assertThat(Sql.count(pool, "SELECT answer_streak FROM event_participants WHERE id = $1", ann.participantId()))
                .isEqualTo(3);
        assertThat(Sql.count(pool, "SELECT total_score FROM event_participants WHERE id = $1", ann.participantId()))
                .isEqualTo(3300);
    }

    @Test
    void unshuffledAnswersAreOfferedInTheSameOrderInEveryPlay() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"), Map.of("title", "Fixed",
                "shuffle_answers", false));
        UUID round = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, round, "Pick", "c", List.of("a", "b", "d", "e"));
        TestEvents.Joined ann = TestEvents.join(event, "Ann");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient a = GameClient.connect("ann", base, event.id(), ann.sessionToken())) {
            host.joinAs(event.host().id());
            a.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Map<String, Object> inRound = a.next("question");
            host.send(Map.of("type", "end_game"));
            host.next("mega_quiz_ready");
            host.send(Map.of("type", "start_mega_quiz", "question_count", 1));
            Map<String, Object> inMega = a.next("question");
            assertThat(inMega.get("play_id")).as("another play").isNotEqualTo(inRound.get("play_id"));
            assertThat(inMega.get("answers")).as("in the same order").isEqualTo(inRound.get("answers"));
            assertThat(inRound.get("answers")).asList().hasSize(4).contains("c");
        }
    }

    private static Map<String, Object> answer(Map<String, Object> q, String selected) {
        Map<String, Object> frame = new HashMap<>();
        frame.put("type", "answer");
        frame.put("question_id", q.get("question_id"));
        frame.put("selected_answer", selected);
        return frame;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scores(GameClient player) {
        return ((List<Map<String, Object>>) player.next("scores_update").get("scores")).get(0);
    }
}
