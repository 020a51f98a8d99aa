package io.quizcast.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.AtOnce;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Host commands racing each other and the last answer, from the host's and the presenter's sockets at once: each
 * race ends in exactly one transition, every player gets each message once, and the stored totals equal the sums
 * of the answer rows.
 */
@QuarkusTest
class HostCommandRacesTest {

    private static final int QUESTIONS = 6;
    private static final int PLAYERS = 3;

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    /** An event with a presenter, three players, all connected and joined, and its first question open. */
    private final class Game implements AutoCloseable {

        final CreatedEvent event;
        final UUID segment;
        final GameClient host;
        final GameClient presenter;
        final List<GameClient> players = new ArrayList<>();
        Object questionId;

        Game(String title) {
            Account presenterAccount = TestAccounts.register("presenter");
            event = TestEvents.createEvent(TestAccounts.register("host"),
                    Map.of("title", title, "time_per_question", 300));
            segment = TestEvents.createSegment(event, "Presenter", presenterAccount.id());
            for (int i = 0; i < QUESTIONS; i++) {
                TestEvents.createQuestion(event, segment, "Question " + i + "?", "Yes", List.of("No"));
            }
            List<Joined> joined = new ArrayList<>();
            for (int i = 0; i < PLAYERS; i++) {
                joined.add(TestEvents.join(event, "Player " + i));
            }
            host = GameClient.connect("host", base, event.id(), event.host().token());
            host.joinAs(event.host().id());
            presenter = GameClient.connect("presenter", base, event.id(), presenterAccount.token());
            presenter.joinAs(presenterAccount.id());
            for (Joined j : joined) {
                GameClient c = GameClient.connect(j.displayName(), base, event.id(), j.sessionToken());
                players.add(c);
                c.joinWithSession();
            }
            host.send(Map.of("type", "start_game"));
            questionId = host.next("question").get("question_id");
            presenter.next("question");
            players.forEach(p -> p.next("question"));
        }

        void reveal() {
            host.send(Map.of("type", "reveal_answer"));
            host.next("reveal");
            presenter.next("reveal");
            players.forEach(p -> p.next("reveal"));
        }

        @Override
        public void close() {
            host.close();
            presenter.close();
            players.forEach(GameClient::close);
        }
    }

    @Test
    void twoNextQuestionsAtOnceOpenOneQuestion() {
        UUID eventId;
        try (Game game = new Game("Two nexts")) {
            eventId = game.event.id();
            game.reveal();
            int[] mark = marks(game.players);
            AtOnce.run(() -> game.host.send(Map.of("type", "next_question")),
                    () -> game.presenter.send(Map.of("type", "next_question")));
            // the one that lost the race is told invalid_phase (next_question is not valid while a question is open)
            await().atMost(GameClient.WAIT).until(() -> errors(game.host) + errors(game.presenter) == 1);
            assertThat(lastError(game.host, game.presenter)).isEqualTo("invalid_phase");
            game.reveal();
            for (int i = 0; i < PLAYERS; i++) {
                assertThat(flowSince(game.players.get(i), mark[i])).as("one transition, each message once")
                        .containsExactly("phase_changed", "question", "phase_changed", "reveal", "scores_update");
            }
            assertThat(storedPhase(game.event.id())).isEqualTo("revealing_answer");
            assertThat(storedQuestionIndex(game.event.id())).isEqualTo(1);
        }
        assertTotalsMatchAnswerRows(eventId);
    }

    @Test
    void revealRacingTheLastAnswerCountsItExactlyWhenItWasAcknowledged() {
        int acknowledged = 0;
        UUID eventId;
        try (Game game = new Game("Reveal race")) {
            eventId = game.event.id();
            GameClient last = game.players.get(0);
            for (int q = 0; q < QUESTIONS; q++) {
                // everyone else has answered; the last answer and the reveal leave at the same moment
                for (int i = 1; i < PLAYERS; i++) {
                    game.players.get(i).send(answer(game.questionId)).next("answer_received");
                }
                int mark = last.frames().size();
                Object question = game.questionId;
                AtOnce.run(() -> last.send(answer(question)), () -> game.host.send(Map.of("type", "reveal_answer")));
                Map<String, Object> reply = last.nextOf("answer_received", "error");
                Map<String, Object> reveal = game.host.next("reveal");
                boolean acked = "answer_received".equals(reply.get("type"));
                await().atMost(GameClient.WAIT).until(() -> flowSince(last, mark).contains("reveal"));
                if (acked) {
                    acknowledged++;
                    List<String> types = flowSince(last, mark);
                    assertThat(types.indexOf("answer_received")).as("the acknowledgement comes before the reveal")
                            .isLessThan(types.indexOf("reveal"));
                } else {
                    assertThat(reply.get("code")).isEqualTo("no_question");
                }
                assertThat(chosen(reveal)).as("the reveal counts the last answer iff it was acknowledged")
                        .isEqualTo(acked ? PLAYERS : PLAYERS - 1);
                game.players.subList(1, PLAYERS).forEach(p -> p.next("reveal"));
                if (q + 1 < QUESTIONS) {
                    game.host.send(Map.of("type", "next_question"));
                    game.questionId = game.host.next("question").get("question_id");
                    game.players.forEach(p -> p.next("question"));
                }
            }
            UUID lastPlayer = participantOf(game.event.id(), "Player 0");
            // one row per question: the answer or the zero-fill (the last reveal's zero-fill runs on after it)
            await().atMost(GameClient.WAIT).until(() -> Sql.count(pool,
                    "SELECT count(*) FROM answers WHERE participant_id = $1", lastPlayer) == QUESTIONS);
            assertThat(Sql.count(pool, "SELECT count(*) FROM answers WHERE participant_id = $1 AND points > 0",
                    lastPlayer)).isEqualTo(acknowledged);
            System.out.printf("reveal racing the last answer: %d of %d acknowledged before the reveal%n",
                    acknowledged, QUESTIONS);
        }
        assertTotalsMatchAnswerRows(eventId);
    }

    @Test
    void endGameRacingNextQuestionEndsTheRoundOnce() {
        UUID eventId;
        try (Game game = new Game("End race")) {
            eventId = game.event.id();
            game.reveal();
            int[] mark = marks(game.players);
            AtOnce.run(() -> game.host.send(Map.of("type", "end_game")),
                    () -> game.presenter.send(Map.of("type", "next_question")));
            game.players.forEach(p -> p.next("segment_complete"));
            game.host.next("segment_complete");
            // next first: question 2 opens and end_game ends it; end first: next_question is refused
            boolean nextWon = flowSince(game.players.get(0), mark[0]).contains("question");
            if (!nextWon) {
                game.presenter.nextError("invalid_phase");
            }
            // a last round trip, so that anything still on its way has arrived
            game.host.send(Map.of("type", "reveal_answer"));
            game.host.nextError("invalid_phase");
            for (int i = 0; i < PLAYERS; i++) {
                List<String> flow = flowSince(game.players.get(i), mark[i]);
                assertThat(flow.stream().filter("game_ended"::equals).count()).isEqualTo(1);
                assertThat(flow.stream().filter("segment_complete"::equals).count()).isEqualTo(1);
                assertThat(flow.stream().filter("question"::equals).count()).isEqualTo(nextWon ? 1 : 0);
            }
            assertThat(errors(game.host) + errors(game.presenter)).isEqualTo(nextWon ? 1 : 2);
            assertThat(storedPhase(game.event.id())).isIn("segment_complete", "mega_quiz_ready", "event_complete");
        }
        assertTotalsMatchAnswerRows(eventId);
    }

    @Test
    void twoHostTabsJoiningAtOnceLeaveOneConnectedAndTheOtherClosedWith4409() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Tabs?", "Yes", List.of("No"));
        Joined player = TestEvents.join(event, "Player");
        try (GameClient a = GameClient.connect("tab-a", base, event.id(), event.host().token());
                GameClient b = GameClient.connect("tab-b", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("player", base, event.id(), player.sessionToken())) {
            p.joinWithSession();
            Map<String, Object> join = Map.of("type", "join", "user_id", event.host().id().toString());
            AtOnce.run(() -> a.send(join), () -> b.send(join));
            await().atMost(GameClient.WAIT).until(() -> a.isClosed() || b.isClosed());
            GameClient replaced = a.isClosed() ? a : b;
            GameClient kept = replaced == a ? b : a;
            assertThat(replaced.awaitClose()).isEqualTo(4409);
            kept.next("connected");
            kept.send(Map.of("type", "start_game"));
            kept.next("question");
            p.next("question");
            assertThat(kept.isClosed()).isFalse();
            var participants = given().get("/api/events/" + event.id() + "/participants").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(participants.getList("findAll { it.user_id == '" + event.host().id() + "' && it.online }"))
                    .hasSize(1);
            assertThat(p.types().stream().filter("participant_left"::equals).count())
                    .as("the replaced tab's close is not a leave").isZero();
        }
    }

    private void assertTotalsMatchAnswerRows(UUID eventId) {
        assertThat(Sql.count(pool, """
                SELECT count(*) FROM event_participants p WHERE p.event_id = $1 AND p.total_score
                    <> (SELECT coalesce(sum(points), 0) FROM answers a WHERE a.participant_id = p.id)""", eventId))
                .as("totals equal the sums of the answer rows").isZero();
    }

    private static Map<String, Object> answer(Object questionId) {
        return Map.of("type", "answer", "question_id", questionId, "selected_answer", "Yes");
    }

    private static int[] marks(List<GameClient> clients) {
        int[] marks = new int[clients.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = clients.get(i).frames().size();
        }
        return marks;
    }

    /** The types a client got from frame {@code from} on, without pings and coalesced counters. */
    private static List<String> flowSince(GameClient client, int from) {
        List<String> types = client.types();
        List<String> flow = new ArrayList<>();
        for (String t : types.subList(from, types.size())) {
            if (!t.equals("ping") && !t.equals("answer_count") && !t.equals("participant_count")
                    && !t.equals("all_answered")) {
                flow.add(t);
            }
        }
        return flow;
    }

    private static long errors(GameClient client) {
        return client.types().stream().filter("error"::equals).count();
    }

    private static Object lastError(GameClient... clients) {
        for (GameClient c : clients) {
            for (Map<String, Object> f : c.frames()) {
                if ("error".equals(f.get("type"))) {
                    return f.get("code");
                }
            }
        }
        return null;
    }

    private static int chosen(Map<String, Object> reveal) {
        int counted = 0;
        for (Object entry : (List<?>) reveal.get("distribution")) {
            counted += ((Number) ((Map<?, ?>) entry).get("count")).intValue();
        }
        return counted;
    }

    private String storedPhase(UUID eventId) {
        return Sql.rows(pool, "SELECT phase FROM game_states WHERE event_id = $1", eventId).get(0).getString(0);
    }

    private long storedQuestionIndex(UUID eventId) {
        return Sql.count(pool, "SELECT question_index FROM game_states WHERE event_id = $1", eventId);
    }

    private UUID participantOf(UUID eventId, String name) {
        return Sql.rows(pool, "SELECT id FROM event_participants WHERE event_id = $1 AND display_name = $2", eventId,
                name).get(0).getUUID(0);
    }
}
