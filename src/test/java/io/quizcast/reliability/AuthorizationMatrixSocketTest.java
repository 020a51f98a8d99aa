package io.quizcast.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.ForgedTokens;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, item 3, WebSocket half: every host/presenter command × every kind of caller, during a round.
 * Bad tokens are closed with 4401 before any command; a caller without the role gets forbidden and nothing
 * changes (same phase, nobody else told anything); the host and the presenter pass the role check (the phase
 * check then answers invalid_phase, which the contract orders after the role).
 */
@QuarkusTest
class AuthorizationMatrixSocketTest {

    static final String ANY_BUT_FORBIDDEN = "any but forbidden";

    /**
     * Command × (player, other account, observer, presenter, host): the answer each gets while the presenter's
     * round shows its first question. "ok:X" is an accepted command that broadcasts X; the presenter acts first,
     * so the host then finds the phase that command left.
     */
    static Stream<Arguments> commands() {
        String f = "forbidden";
        String p = "invalid_phase";
        return Stream.of(
                Arguments.of("reveal_answer", f, f, f, "ok:reveal", p),
                Arguments.of("show_leaderboard", f, f, f, p, p),
                Arguments.of("next_question", f, f, f, p, p),
                Arguments.of("end_game", f, f, f, "ok:game_ended", p),
                Arguments.of("start_game", f, f, f, p, p),
                Arguments.of("start_presentation", f, f, f, f, f),
                Arguments.of("select_presenter", f, f, f, ANY_BUT_FORBIDDEN, ANY_BUT_FORBIDDEN),
                Arguments.of("pass_presenter", f, f, f, ANY_BUT_FORBIDDEN, ANY_BUT_FORBIDDEN),
                Arguments.of("admin_select_presenter", f, f, f, f, ANY_BUT_FORBIDDEN),
                Arguments.of("resume_segment", f, f, f, f, ANY_BUT_FORBIDDEN),
                Arguments.of("start_mega_quiz", f, f, f, f, p),
                Arguments.of("skip_mega_quiz", f, f, f, f, p));
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void eachCallerGetsTheContractsAnswerAndARefusalChangesNothing(String type, String player, String other,
            String observer, String presenter, String host) {
        Account hostAccount = TestAccounts.register("host");
        Account presenterAccount = TestAccounts.register("presenter");
        Account otherAccount = TestAccounts.register("other");
        CreatedEvent event = TestEvents.createEvent(hostAccount);
        UUID segment = TestEvents.createSegment(event, "Presenter", presenterAccount.id());
        TestEvents.createQuestion(event, segment, "Q?", "A", List.of("B"));
        Joined joined = TestEvents.join(event, "Player");
        Map<String, Object> command = commandOf(type, segment, presenterAccount.id());
        try (GameClient h = GameClient.connect("host", base, event.id(), hostAccount.token());
                GameClient pr = GameClient.connect("presenter", base, event.id(), presenterAccount.token());
                GameClient pl = GameClient.connect("player", base, event.id(), joined.sessionToken());
                GameClient ot = GameClient.connect("other", base, event.id(), otherAccount.token());
                GameClient ob = GameClient.connect("observer", base, event.id(), null)) {
            h.joinAs(hostAccount.id());
            pr.joinAs(presenterAccount.id());
            pl.joinWithSession();
            ot.joinAs(otherAccount.id());
            // the presenter may start its own segment
            pr.send(Map.of("type", "start_game", "segment_id", segment.toString()));
            pl.next("question");
            String phase = phase(event.id());
            // the host's own copies of the joins and of the round's start reach it on their own time (the player's
            // question says nothing about them): wait for every one before taking the host's flow as the baseline
            List<String> hostFlow = awaitFlow(h, "connected", "participant_joined", "participant_joined",
                    "participant_joined", "game_started", "phase_changed", "question");
            refused(pl, command, player, event.id(), phase);
            refused(ot, command, other, event.id(), phase);
            refused(ob, command, observer, event.id(), phase);
            // the refusals told the host nothing
            assertThat(h.flow()).isEqualTo(hostFlow);
            answered(pr, pl, command, presenter);
            answered(h, pl, command, host);
        }
    }

    @Test
    void tokensThatAreNotValidAreClosedWith4401BeforeAnyCommand() {
        Account hostAccount = TestAccounts.register("host");
        CreatedEvent event = TestEvents.createEvent(hostAccount);
        TestEvents.createSegment(event, "Host", null);
        for (String token : List.of("not.a.token", "garbage-session-token",
                ForgedTokens.otherKey(hostAccount.id(), hostAccount.username()),
                ForgedTokens.expired(hostAccount.id(), hostAccount.username()))) {
            try (GameClient client = GameClient.connect("bad", base, event.id(), token)) {
                assertThat(client.awaitClose()).as(token).isEqualTo(4401);
                assertThat(client.types()).as(token).isEmpty();
            }
        }
        assertThat(phase(event.id())).isIn("not_started", null);
    }

    /** Waits until the client's flow holds exactly these messages (in any order), and returns it. */
    private static List<String> awaitFlow(GameClient client, String... expected) {
        await().atMost(GameClient.WAIT).pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> assertThat(client.flow()).containsExactlyInAnyOrder(expected));
        return client.flow();
    }

    private void refused(GameClient client, Map<String, Object> command, String code, UUID eventId, String phase) {
        client.send(command);
        Map<String, Object> error = client.next("error");
        assertThat(error.get("code")).as(command + ": " + error).isEqualTo(code);
        assertThat(phase(eventId)).isEqualTo(phase);
    }

    private static void answered(GameClient client, GameClient bystander, Map<String, Object> command, String code) {
        client.send(command);
        if (code.startsWith("ok:")) {
            bystander.next(code.substring(3));
            return;
        }
        Map<String, Object> error = client.next("error");
        if (ANY_BUT_FORBIDDEN.equals(code)) {
            assertThat(error.get("code")).as(command + ": " + error).isNotEqualTo("forbidden");
        } else {
            assertThat(error.get("code")).as(command + ": " + error).isEqualTo(code);
        }
    }

    private static Map<String, Object> commandOf(String type, UUID segment, UUID presenter) {
        return switch (type) {
            case "select_presenter" -> Map.of("type", type, "presenter_user_id", UUID.randomUUID().toString());
            case "pass_presenter" -> Map.of("type", type, "next_presenter_user_id", UUID.randomUUID().toString());
            case "admin_select_presenter" -> Map.of("type", type, "presenter_user_id", UUID.randomUUID().toString(),
                    "segment_id", segment.toString());
            case "resume_segment" -> Map.of("type", type, "segment_id", segment.toString());
            case "start_presentation" -> Map.of("type", type, "title", "Mine");
            case "start_mega_quiz" -> Map.of("type", type, "question_count", 3);
            case "start_game" -> Map.of("type", type, "segment_id", segment.toString());
            default -> Map.of("type", type);
        };
    }

    private String phase(UUID eventId) {
        var rows = Sql.rows(pool, "SELECT phase FROM game_states WHERE event_id = $1", eventId);
        return rows.isEmpty() ? null : rows.get(0).getString(0);
    }
}
