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

/** Every host or presenter command sent by a player is refused with forbidden and changes nothing. */
@QuarkusTest
class GameAuthorizationTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void everyControlCommandFromAPlayerIsForbiddenAndChangesNothing() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Q?", "A", List.of("B"));
        Joined player = TestEvents.join(event, "Mallory");
        Joined other = TestEvents.join(event, "Other");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient mallory = GameClient.connect("mallory", base, event.id(), player.sessionToken());
                GameClient bystander = GameClient.connect("other", base, event.id(), other.sessionToken())) {
            host.joinAs(event.host().id());
            mallory.joinWithSession();
            bystander.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Map<String, Object> question = mallory.next("question");
            bystander.next("question");
            String phaseBefore = phase(event.id());
            // flow(): what the game said, leaving out the heartbeat's pings, which may arrive at any time
            int hostFrames = host.flow().size();
            int bystanderFrames = bystander.flow().size();

            List<Map<String, Object>> commands = List.of(
                    Map.of("type", "start_game", "segment_id", segment.toString()),
                    Map.of("type", "reveal_answer"),
                    Map.of("type", "show_leaderboard"),
                    Map.of("type", "next_question"),
                    Map.of("type", "end_game"),
                    Map.of("type", "select_presenter", "presenter_user_id", other.participantId().toString()),
                    Map.of("type", "start_presentation", "title", "Mine"),
                    Map.of("type", "pass_presenter", "next_presenter_user_id", other.participantId().toString()),
                    Map.of("type", "admin_select_presenter", "presenter_user_id", player.participantId().toString(),
                            "segment_id", segment.toString()),
                    Map.of("type", "resume_segment", "segment_id", segment.toString()),
                    Map.of("type", "start_mega_quiz", "question_count", 3),
                    Map.of("type", "skip_mega_quiz"));
            for (Map<String, Object> command : commands) {
                mallory.send(command);
                Map<String, Object> error = mallory.nextError("forbidden");
                assertThat((String) error.get("message")).as(command.get("type") + " is refused").isNotBlank();
            }
            // nothing changed: same phase, nobody else was told anything, and the question still takes answers
            assertThat(phase(event.id())).isEqualTo(phaseBefore).isEqualTo("showing_question");
            assertThat(host.flow()).hasSize(hostFrames);
            assertThat(bystander.flow()).hasSize(bystanderFrames);
            mallory.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", "A"));
            mallory.next("answer_received");
        }
    }

    @Test
    void onlyTheHostLearnsThatASegmentDoesNotExist() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Q?", "A", List.of("B"));
        TestAccounts.Account account = TestAccounts.register("member");
        String unknown = UUID.randomUUID().toString();
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient member = GameClient.connect("member", base, event.id(), account.token())) {
            host.joinAs(event.host().id());
            member.joinAs(account.id());
            // an account of the event that presents nothing: refused as such, whether the segment exists or not
            member.send(Map.of("type", "start_game", "segment_id", unknown));
            member.nextError("forbidden");
            member.send(Map.of("type", "start_game", "segment_id", segment.toString()));
            member.nextError("forbidden");
            host.send(Map.of("type", "start_game", "segment_id", unknown));
            host.nextError("not_found");
        }
    }

    private String phase(UUID eventId) {
        return Sql.rows(pool, "SELECT phase FROM game_states WHERE event_id = $1", eventId).get(0).getString(0);
    }
}
