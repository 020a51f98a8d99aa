package io.quizcast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service is killed (SIGKILL: no drain, nothing flushed) the moment the first of 40 answers sent at once is
 * acknowledged, so the others are in flight. After a restart every player reconnects into the same question: no
 * answer acknowledged before the crash is missing, a player is told its stored answer (and a retry of it is a
 * duplicate), every other player can answer, and at the end acknowledged answers = stored rows, each once.
 */
class GameCrashIT {

    private static final int PLAYERS = 40;

    @RegisterExtension
    static final PackagedService PACKAGED = new PackagedService("it-crash");

    @Test
    void aCrashMidQuestionLosesNoAcknowledgedAnswer() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Crash", "time_per_question", 300));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Survives kill -9?", "Yes", List.of("No", "Maybe"));
        List<Joined> players = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            players.add(TestEvents.join(event, "Player " + i));
        }

        Object questionId;
        Set<UUID> ackedBeforeCrash = new HashSet<>();
        List<GameClient> before = new ArrayList<>();
        GameClient host = GameClient.connect("host", PACKAGED.service().base(), event.id(), event.host().token());
        long crashAt;
        try {
            host.joinAs(event.host().id());
            for (Joined p : players) {
                GameClient c = GameClient.connect(p.displayName(), PACKAGED.service().base(), event.id(),
                        p.sessionToken());
                before.add(c);
                c.joinWithSession();
            }
            host.send(Map.of("type", "start_game"));
            questionId = host.next("question").get("question_id");
            before.forEach(c -> c.next("question"));
            String answer = "{\"type\":\"answer\",\"question_id\":\"" + questionId + "\",\"selected_answer\":\"Yes\"}";
            for (GameClient c : before) {
                c.sendRaw(answer);
            }
            await().atMost(GameClient.WAIT).pollInterval(Duration.ofMillis(1))
                    .until(() -> before.stream().anyMatch(c -> c.types().contains("answer_received")));
            crashAt = System.nanoTime();
            assertThat(PACKAGED.service().crash()).as("exit after SIGKILL").isEqualTo(137);
            for (int i = 0; i < PLAYERS; i++) {
                assertThat(before.get(i).awaitClose()).as("no close frame from a killed process").isNotIn(1000, 1001);
                if (before.get(i).types().contains("answer_received")) {
                    ackedBeforeCrash.add(players.get(i).participantId());
                }
            }
        } finally {
            host.close();
            before.forEach(GameClient::close);
        }
        Map<UUID, String> stored = storedAnswers();
        assertThat(stored.keySet()).as("no answer acknowledged before the crash is missing")
                .containsAll(ackedBeforeCrash);

        PACKAGED.service().start();
        long restartMs = (System.nanoTime() - crashAt) / 1_000_000;
        Set<UUID> acknowledged = new HashSet<>(ackedBeforeCrash);
        List<GameClient> after = new ArrayList<>();
        try (GameClient host2 = GameClient.connect("host-2", PACKAGED.service().base(), event.id(),
                event.host().token())) {
            host2.joinAs(event.host().id());
            assertThat(host2.next("state_restored").get("current_question_id")).isEqualTo(questionId);
            for (int i = 0; i < PLAYERS; i++) {
                Joined p = players.get(i);
                GameClient c = GameClient.connect(p.displayName() + "-2", PACKAGED.service().base(), event.id(),
                        p.sessionToken());
                after.add(c);
                c.joinWithSession();
                Map<String, Object> restored = c.next("state_restored");
                assertThat(restored.get("current_question_id")).isEqualTo(questionId);
                assertThat(restored.get("current_phase")).isEqualTo("showing_question");
                // the player learns what was stored: its answer, or none (then it answers again)
                assertThat(restored.get("your_answer")).isEqualTo(stored.get(p.participantId()));
                c.send(Map.of("type", "answer", "question_id", questionId, "selected_answer", "No"));
                if (stored.containsKey(p.participantId())) {
                    c.nextError("duplicate");
                } else {
                    c.next("answer_received");
                }
                acknowledged.add(p.participantId());
            }
            host2.send(Map.of("type", "reveal_answer"));
            Map<String, Object> reveal = host2.next("reveal");
            int counted = 0;
            for (Object entry : (List<?>) reveal.get("distribution")) {
                counted += ((Number) ((Map<?, ?>) entry).get("count")).intValue();
            }
            assertThat(counted).isEqualTo(PLAYERS);
        } finally {
            after.forEach(GameClient::close);
        }
        assertThat(storedAnswers().keySet()).as("acknowledged answers = stored rows")
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(countRows("SELECT count(*) FROM answers")).as("each stored once").isEqualTo(PLAYERS);
        assertThat(countRows("""
                SELECT count(*) FROM event_participants p WHERE p.total_score
                    <> (SELECT coalesce(sum(points), 0) FROM answers a WHERE a.participant_id = p.id)""")).isZero();
        System.out.printf("crash: %d of %d answers acknowledged before kill -9, %d stored at the crash; "
                + "crash to ready again %d ms (start %d ms)%n", ackedBeforeCrash.size(), PLAYERS, stored.size(),
                restartMs, PACKAGED.service().readyAfterMs());
    }

    private static Map<UUID, String> storedAnswers() throws SQLException {
        Map<UUID, String> answers = new HashMap<>();
        try (Connection connection = PACKAGED.postgres().getPostgresDatabase().getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT participant_id, selected_answer FROM answers");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                answers.put((UUID) rows.getObject(1), rows.getString(2));
            }
        }
        return answers;
    }

    private static long countRows(String sql) throws SQLException {
        try (Connection connection = PACKAGED.postgres().getPostgresDatabase().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
