package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.ManualGameTime;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
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

/** The three pauses: no players at the start, the presenter dropping, everyone dropping. */
@QuarkusTest
class PauseTest extends ManualGameTime {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aQuizWithNoPlayersWaitsAndTheFirstPlayerStartsItWithAFreshClock() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Q?", "A", List.of("B"));
        Joined player = TestEvents.join(event, "First");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            host.send(Map.of("type", "start_game"));
            host.next("game_started");
            assertThat(host.next("phase_changed").get("phase")).isEqualTo("presenter_paused");
            Map<String, Object> paused = host.next("presenter_paused");
            assertThat(paused.get("reason")).isEqualTo("no_participants");
            // the quiz waited a minute for its first player: their question starts when they come, with all its time
            clock.advance(Duration.ofMinutes(1));
            try (GameClient p = GameClient.connect("first", base, event.id(), player.sessionToken())) {
                p.joinWithSession();
                assertThat(p.next("phase_changed").get("phase")).isEqualTo("showing_question");
                Map<String, Object> question = p.next("question");
                assertThat(Instant.parse((String) question.get("question_started_at"))).isEqualTo(clock.instant());
                assertThat(host.next("question").get("question_id")).isEqualTo(question.get("question_id"));
            }
        }
    }

    @Test
    void thePresenterDroppingPausesTheClockAndTheirReturnGivesBackWhatWasLeft() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Paused", "time_per_question", 10));
        Account presenter = TestAccounts.register("pres");
        UUID segment = TestEvents.createSegment(event, "Pres", presenter.id());
        TestEvents.createQuestion(event, segment, "Q?", "A", List.of("B"));
        Joined player = TestEvents.join(event, "Player");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("player", base, event.id(), player.sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            Map<String, Object> question;
            try (GameClient pres = GameClient.connect("pres", base, event.id(), presenter.token())) {
                pres.joinAs(presenter.id());
                pres.send(Map.of("type", "start_game"));
                question = p.next("question");
                // 3 of the 10 seconds run before the presenter drops
                clock.advance(Duration.ofSeconds(3));
            }
            Map<String, Object> paused = p.next("presenter_paused");
            assertThat(paused.get("reason")).isEqualTo("presenter_disconnected");
            assertThat(paused.get("presenter_id")).isEqualTo(presenter.id().toString());
            assertThat(host.next("presenter_override_needed").get("presenter_id")).isEqualTo(presenter.id().toString());
            assertThat(host.next("presenter_disconnected").get("segment_id")).isEqualTo(segment.toString());
            p.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", "A"));
            p.nextError("paused");
            // 2 seconds of pause, which must not count
            clock.advance(Duration.ofSeconds(2));

            try (GameClient back = GameClient.connect("pres-again", base, event.id(), presenter.token())) {
                back.send(Map.of("type", "join", "user_id", presenter.id().toString()));
                assertThat(p.next("phase_changed").get("phase")).isEqualTo("showing_question");
                Map<String, Object> resumed = p.next("question");
                assertThat(resumed.get("question_id")).isEqualTo(question.get("question_id"));
                assertThat(resumed.get("answers")).isEqualTo(question.get("answers"));
                long left = Duration.between(clock.instant(), Instant.parse((String) resumed.get("deadline")))
                        .toMillis();
                // exactly 7 s: not a fresh 10 s, and not 5 s as if the clock had run through the pause
                assertThat(left).isEqualTo(7_000L);
                p.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", "A"));
                p.next("answer_received");
                host.next("all_answered");
                assertThat(p.flow()).containsExactly("connected", "participant_joined",
                        "game_started", "phase_changed", "question", "participant_left", "phase_changed",
                        "presenter_paused", "error", "participant_joined", "phase_changed", "question",
                        "answer_received",
                        "all_answered");
                assertThat(host.flow()).containsExactly("connected", "participant_joined", "participant_joined",
                        "game_started", "phase_changed", "question", "participant_left", "phase_changed",
                        "presenter_paused", "presenter_override_needed", "presenter_disconnected", "participant_joined",
                        "phase_changed", "question", "answer_received", "all_answered");
            }
        }
    }

    @Test
    void everyoneLeavingMidQuestionPausesWithAllDisconnected() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Q?", "A", List.of("B"));
        Joined player = TestEvents.join(event, "Player");
        try (GameClient observer = GameClient.connect("observer", base, event.id(), null)) {
            try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                    GameClient p = GameClient.connect("player", base, event.id(), player.sessionToken())) {
                host.joinAs(event.host().id());
                p.joinWithSession();
                host.send(Map.of("type", "start_game"));
                p.next("question");
            }
            // the presenter's socket may close first (presenter_disconnected); the last one out always makes it
            // all_disconnected, whatever the order the closes are handled in
            Map<String, Object> paused = observer.next("presenter_paused");
            if (!"all_disconnected".equals(paused.get("reason"))) {
                assertThat(paused.get("reason")).isEqualTo("presenter_disconnected");
                paused = observer.next("presenter_paused");
            }
            assertThat(paused.get("reason")).isEqualTo("all_disconnected");
            try (GameClient p = GameClient.connect("player-back", base, event.id(), player.sessionToken())) {
                p.joinWithSession();
                assertThat(p.next("state_restored").get("current_phase")).isEqualTo("presenter_paused");
                assertThat(p.next("phase_changed").get("phase")).isEqualTo("showing_question");
                p.next("question");
            }
        }
    }
}
