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

/**
 * A write that fails leaves the room and the database consistent: the refused answer gets unavailable (never an
 * acknowledgement), nothing of it is stored, its reservation is released, and the retry is accepted once.
 */
@QuarkusTest
class AnswerWriteFailureTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void aFailedAnswerBatchAnswersUnavailableAndARetryIsStoredOnce() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Fail?", "Yes", List.of("No"));
        Joined player = TestEvents.join(event, "Unlucky");
        Joined other = TestEvents.join(event, "Lucky");
        // a fault in the real database: this player's answer rows are refused until the trigger is dropped
        String trigger = "fail_" + player.participantId().toString().replace("-", "");
        Sql.update(pool, "CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.participant_id = '" + player.participantId() + "' THEN RAISE EXCEPTION 'injected fault';"
                + " END IF; RETURN NEW; END $$");
        Sql.update(pool, "CREATE TRIGGER " + trigger + " BEFORE INSERT ON answers FOR EACH ROW EXECUTE FUNCTION "
                + trigger + "()");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("unlucky", base, event.id(), player.sessionToken());
                GameClient o = GameClient.connect("lucky", base, event.id(), other.sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            o.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Object questionId = p.next("question").get("question_id");
            o.next("question");

            p.send(Map.of("type", "answer", "question_id", questionId, "selected_answer", "Yes"));
            assertThat(p.nextError("unavailable").get("message")).asString().contains("try again");
            assertThat(answerRows(player.participantId())).isZero();

            Sql.update(pool, "DROP TRIGGER " + trigger + " ON answers");
            p.send(Map.of("type", "answer", "question_id", questionId, "selected_answer", "Yes"));
            Map<String, Object> ack = p.next("answer_received");
            assertThat(ack.get("answer_count")).isEqualTo(1);
            o.send(Map.of("type", "answer", "question_id", questionId, "selected_answer", "No"));
            assertThat(o.next("answer_received").get("answer_count")).isEqualTo(2);
            p.send(Map.of("type", "answer", "question_id", questionId, "selected_answer", "No"));
            p.nextError("duplicate");

            host.send(Map.of("type", "reveal_answer"));
            Map<String, Object> reveal = p.next("reveal");
            assertThat(entries(reveal.get("distribution")))
                    .extracting(d -> d.get("answer"), d -> d.get("count"))
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Yes", 1),
                            org.assertj.core.groups.Tuple.tuple("No", 1));
        } finally {
            Sql.update(pool, "DROP TRIGGER IF EXISTS " + trigger + " ON answers");
            Sql.update(pool, "DROP FUNCTION IF EXISTS " + trigger + "()");
        }
        assertThat(answerRows(player.participantId())).isEqualTo(1);
        long total = Sql.count(pool, "SELECT total_score FROM event_participants WHERE id = $1",
                player.participantId());
        long sum = Sql.count(pool, "SELECT coalesce(sum(points), 0) FROM answers WHERE participant_id = $1",
                player.participantId());
        assertThat(total).isEqualTo(sum).isPositive();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Object list) {
        return (List<Map<String, Object>>) list;
    }

    private long answerRows(UUID participantId) {
        return Sql.count(pool, "SELECT count(*) FROM answers WHERE participant_id = $1", participantId);
    }
}
