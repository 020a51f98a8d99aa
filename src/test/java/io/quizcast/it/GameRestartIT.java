package io.quizcast.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The game outlives its process: 20 players mid-question, 10 answers acknowledged, the service is stopped
 * (SIGTERM: every socket closed with 1001) and started again; everyone reconnects into the same open question,
 * the 10 answers exist exactly once, the other 10 can still answer, and the reveal counts all 20.
 */
class GameRestartIT {

    private static final int PLAYERS = 20;

    @RegisterExtension
    static final PackagedService PACKAGED = new PackagedService("it-restart");

    @Test
    void aRestartMidQuestionLosesNothingAPlayerWasAcknowledged() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Restart", "time_per_question", 300));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Survives a restart?", "Yes", List.of("No", "Maybe"));
        List<Joined> players = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            players.add(TestEvents.join(event, "Player " + i));
        }

        // a second game runs at the same time: it must drain and come back the same way
        CreatedEvent other = TestEvents.createEvent(TestAccounts.register("host2"), Map.of("title", "Other game",
                "time_per_question", 300));
        UUID otherSegment = TestEvents.createSegment(other, "Host", null);
        TestEvents.createQuestion(other, otherSegment, "Second game?", "Yes", List.of("No"));
        Joined otherPlayer = TestEvents.join(other, "Other player");

        Map<String, Object> question;
        List<GameClient> before = new ArrayList<>();
        GameClient host = join(GameClient.connect("host", PACKAGED.service().base(), event.id(), event.host().token()),
                event.host().id());
        try {
            for (Joined p : players) {
                before.add(
                        join(GameClient.connect(p.displayName(), PACKAGED.service().base(), event.id(),
                                p.sessionToken()), null));
            }
            host.send(Map.of("type", "start_game"));
            question = host.next("question");
            for (int i = 0; i < PLAYERS / 2; i++) {
                GameClient c = before.get(i);
                c.next("question");
                c.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer",
                        i % 2 == 0 ? "Yes" : "No"));
                c.next("answer_received");
            }

            GameClient otherHost = join(
                    GameClient.connect("other-host", PACKAGED.service().base(), other.id(), other.host().token()),
                    other.host().id());
            GameClient otherClient = join(GameClient.connect("other-player", PACKAGED.service().base(), other.id(),
                    otherPlayer.sessionToken()), null);
            before.add(otherHost);
            before.add(otherClient);
            // (its one answer is the "+ 1" in the answer counts below)
            otherHost.send(Map.of("type", "start_game"));
            Map<String, Object> otherQuestion = otherClient.next("question");
            otherClient.send(Map.of("type", "answer", "question_id", otherQuestion.get("question_id"),
                    "selected_answer", "Yes"));
            otherClient.next("answer_received");

            assertThat(PACKAGED.service().stop()).as("exit after SIGTERM").isIn(0, 143);
            assertThat(host.awaitClose()).as("graceful drain closes sockets with 1001").isEqualTo(1001);
            for (GameClient c : before) {
                assertThat(c.awaitClose()).isEqualTo(1001);
            }
            assertThat(countAnswers()).as("every acknowledged answer of both games is stored")
                    .isEqualTo(PLAYERS / 2 + 1);
        } finally {
            host.close();
            before.forEach(GameClient::close);
        }

        PACKAGED.service().start();
        List<GameClient> after = new ArrayList<>();
        try (GameClient host2 = GameClient.connect("host-2", PACKAGED.service().base(), event.id(),
                event.host().token())) {
            host2.joinAs(event.host().id());
            Map<String, Object> hostRestored = host2.next("state_restored");
            assertThat(hostRestored.get("current_question_id")).isEqualTo(question.get("question_id"));
            assertThat(hostRestored.get("current_phase")).as("a drain's closes are no leaves: nothing paused the round")
                    .isEqualTo("showing_question");
            for (int i = 0; i < PLAYERS; i++) {
                Joined p = players.get(i);
                GameClient c = GameClient.connect(p.displayName() + "-2", PACKAGED.service().base(), event.id(),
                        p.sessionToken());
                after.add(c);
                c.joinWithSession();
                Map<String, Object> restored = c.next("state_restored");
                assertThat(restored.get("current_question_id")).isEqualTo(question.get("question_id"));
                assertThat(restored.get("question_text")).isEqualTo("Survives a restart?");
                assertThat(restored.get("answers")).isEqualTo(question.get("answers"));
                assertThat(restored.get("current_phase")).isEqualTo("showing_question");
                if (i < PLAYERS / 2) {
                    assertThat(restored.get("your_answer")).isEqualTo(i % 2 == 0 ? "Yes" : "No");
                    c.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer",
                            "Yes"));
                    c.nextError("duplicate");
                } else {
                    assertThat(restored.get("your_answer")).isNull();
                }
            }
            assertThat(countAnswers()).isEqualTo(PLAYERS / 2 + 1);
            for (int i = PLAYERS / 2; i < PLAYERS; i++) {
                GameClient c = after.get(i);
                c.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer",
                        "Maybe"));
                c.next("answer_received");
            }
            host2.send(Map.of("type", "reveal_answer"));
            Map<String, Object> reveal = host2.next("reveal");
            int counted = 0;
            for (Object entry : (List<?>) reveal.get("distribution")) {
                counted += ((Number) ((Map<?, ?>) entry).get("count")).intValue();
            }
            assertThat(counted).isEqualTo(PLAYERS);
            assertThat(countAnswers()).isEqualTo(PLAYERS + 1);
        } finally {
            after.forEach(GameClient::close);
        }
    }

    private static GameClient join(GameClient client, UUID accountId) {
        client.send(
                accountId == null ? Map.of("type", "join") : Map.of("type", "join", "user_id", accountId.toString()));
        client.next("connected");
        return client;
    }

    private static long countAnswers() throws SQLException {
        try (Connection connection = PACKAGED.postgres().getPostgresDatabase().getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM answers")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
