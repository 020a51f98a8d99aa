package io.quizcast.game;

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

/** A player who joins while a question is open waits for the next one, then plays. */
@QuarkusTest
class LateJoinerTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aLateJoinerAnswersFromTheNextQuestionOn() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "One?", "1", List.of("2"));
        TestEvents.createQuestion(event, segment, "Two?", "2", List.of("1"));
        Joined early = TestEvents.join(event, "Early");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient e = GameClient.connect("early", base, event.id(), early.sessionToken())) {
            host.joinAs(event.host().id());
            e.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Map<String, Object> q1 = e.next("question");

            Joined late = TestEvents.join(event, "Late");
            assertThat(late.displayName()).isEqualTo("Late");
            try (GameClient l = GameClient.connect("late", base, event.id(), late.sessionToken())) {
                l.send(Map.of("type", "join"));
                Map<String, Object> you = GameConnectionTest.cast(l.next("connected").get("you"));
                assertThat(you.get("is_late_joiner")).isEqualTo(true);
                assertThat(you.get("join_status")).isEqualTo("waiting_for_segment");
                Map<String, Object> restored = l.next("state_restored");
                assertThat(restored.get("current_question_id")).isEqualTo(q1.get("question_id"));
                l.send(Map.of("type", "answer", "question_id", q1.get("question_id"), "selected_answer", "1"));
                l.nextError("late_join");

                host.send(Map.of("type", "reveal_answer"));
                l.next("reveal");
                host.send(Map.of("type", "next_question"));
                Map<String, Object> q2 = l.next("question");
                l.send(Map.of("type", "answer", "question_id", q2.get("question_id"), "selected_answer", "2"));
                Map<String, Object> ack = l.next("answer_received");
                assertThat(ack.get("user_id")).isEqualTo(late.participantId().toString());
            }
        }
    }

    @Test
    void aPlayerWhoJoinedBeforeTheQuestionButConnectsAfterItOpenedMayAnswer() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "One?", "1", List.of("2"));
        Joined first = TestEvents.join(event, "First");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient f = GameClient.connect("first", base, event.id(), first.sessionToken())) {
            host.joinAs(event.host().id());
            // joined over REST after the host's socket loaded the event, before the question opens
            Joined slow = TestEvents.join(event, "Slow socket");
            f.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Map<String, Object> q = f.next("question");
            try (GameClient s = GameClient.connect("slow", base, event.id(), slow.sessionToken())) {
                s.joinWithSession();
                assertThat(s.next("state_restored").get("current_question_id")).isEqualTo(q.get("question_id"));
                s.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer", "1"));
                assertThat(s.next("answer_received").get("user_id")).isEqualTo(slow.participantId().toString());
            }
        }
    }
}
