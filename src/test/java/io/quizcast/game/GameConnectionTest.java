package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GameConnectionTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void anUnknownEventIsRefusedAtTheUpgradeWith404() {
        assertThatThrownBy(() -> GameClient.connect("ghost", base, UUID.randomUUID(), null))
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(404));
    }

    @Test
    void anInvalidTokenClosesTheSocketWith4401() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        try (GameClient client = GameClient.connect("forged", base, event.id(),
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.x")) {
            assertThat(client.awaitClose()).isEqualTo(4401);
        }
        try (GameClient client = GameClient.connect("unknown-session", base, event.id(), "no-such-session-token")) {
            assertThat(client.awaitClose()).isEqualTo(4401);
        }
    }

    @Test
    void joiningAnswersConnectedThatListsTheJoinerAndTellsTheHost() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined player = TestEvents.join(event, "Robin");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient robin = GameClient.connect("robin", base, event.id(), player.sessionToken())) {
            host.send(Map.of("type", "join", "user_id", event.host().id().toString(), "session_code",
                    event.id().toString()));
            Map<String, Object> hostConnected = host.next("connected");
            assertThat(field(hostConnected, "you", "is_host")).isEqualTo(true);
            assertThat(field(hostConnected, "you", "id")).isEqualTo(event.host().id().toString());
            assertThat(hostConnected.get("current_phase")).isEqualTo("not_started");
            assertThat(hostConnected.get("event_status")).isEqualTo("waiting");

            robin.send(Map.of("type", "join"));
            Map<String, Object> connected = robin.next("connected");
            assertThat(field(connected, "you", "id")).isEqualTo(player.participantId().toString());
            assertThat(field(connected, "you", "online")).isEqualTo(true);
            assertThat(ids(connected)).contains(player.participantId().toString(), event.host().id().toString());

            Map<String, Object> joined = host.next("participant_joined");
            assertThat(field(joined, "user", "username")).isEqualTo("Robin");
            assertThat(joined.get("reconnected")).isEqualTo(false);

            robin.joinWithSession();
            assertThat(host.flow()).containsExactly("connected", "participant_joined");
        }
    }

    @Test
    void aSecondSocketOfTheSameIdentityReplacesTheFirstWith4409() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined player = TestEvents.join(event, "Twice");
        try (GameClient first = GameClient.connect("first", base, event.id(), player.sessionToken());
                GameClient second = GameClient.connect("second", base, event.id(), player.sessionToken())) {
            first.joinWithSession();
            second.joinWithSession();
            assertThat(first.awaitClose()).isEqualTo(4409);
            second.joinWithSession();
        }
    }

    @Test
    void anAccountMustJoinAsItselfAndObserversMayNotJoin() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account player = TestAccounts.register("player");
        try (GameClient client = GameClient.connect("acct", base, event.id(), player.token());
                GameClient observer = GameClient.connect("observer", base, event.id(), null)) {
            client.send(Map.of("type", "join", "user_id", UUID.randomUUID().toString()));
            client.nextError("forbidden");
            client.send(Map.of("type", "join", "user_id", player.id().toString()));
            Map<String, Object> connected = client.next("connected");
            assertThat(field(connected, "you", "id")).isEqualTo(player.id().toString());
            assertThat(field(connected, "you", "is_host")).isEqualTo(false);

            observer.send(Map.of("type", "join"));
            observer.nextError("forbidden");
            observer.send(Map.of("type", "pong"));
            observer.send(Map.of("type", "start_game"));
            observer.nextError("forbidden");
        }
    }

    @Test
    void aScreenOpenedMidQuestionIsToldTheOpenQuestionWithoutAPlayersFields() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Screen", "time_per_question", 60));
        UUID round = TestEvents.createSegment(event, "Host", null);
        UUID question = TestEvents.createQuestion(event, round, "Which planet is red?", "Mars", List.of("Venus"));
        Joined ann = TestEvents.join(event, "Ann");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient player = GameClient.connect("ann", base, event.id(), ann.sessionToken())) {
            host.joinAs(event.host().id());
            player.joinWithSession();
            host.send(Map.of("type", "start_game", "segment_id", round.toString()));
            host.next("question");
            try (GameClient screen = GameClient.connect("screen", base, event.id(), null)) {
                Map<String, Object> restored = screen.next("state_restored");
                assertThat(restored).containsEntry("current_phase", "showing_question")
                        .containsEntry("current_question_id", question.toString())
                        .containsEntry("question_text", "Which planet is red?").containsEntry("question_number", 1)
                        .containsEntry("your_score", 0).containsEntry("your_rank", null)
                        .containsEntry("your_answer", null);
                assertThat((List<?>) restored.get("answers")).hasSize(2);
                assertThat(((Number) restored.get("remaining_ms")).longValue()).isBetween(1L, 60_000L);
            }
        }
        // before a round runs an observer is told nothing: the first frame it gets is the next broadcast
        CreatedEvent waiting = TestEvents.createEvent(TestAccounts.register("host"));
        try (GameClient early = GameClient.connect("early", base, waiting.id(), null);
                GameClient host = GameClient.connect("host", base, waiting.id(), waiting.host().token())) {
            host.joinAs(waiting.host().id());
            early.next("participant_joined");
            assertThat(early.types()).doesNotContain("state_restored");
        }
    }

    @Test
    void thePlayerCountLeavesTheHostOutAsTheConsoleDoes() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined ann = TestEvents.join(event, "Ann");
        TestEvents.join(event, "Ben");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient player = GameClient.connect("ann", base, event.id(), ann.sessionToken())) {
            host.joinAs(event.host().id());
            Map<String, Object> connected = player.joinWithSession();
            assertThat(connected).containsEntry("participant_count", 3).containsEntry("player_count", 2);
        }
    }

    @Test
    void badFramesGetBadMessageAndTheSocketStaysUsable() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined player = TestEvents.join(event, "Sloppy");
        try (GameClient client = GameClient.connect("sloppy", base, event.id(), player.sessionToken())) {
            for (String frame : List.of("not json", "{\"no_type\":1}", "{\"type\":\"fly\"}", "[1,2]",
                    "{\"type\":\"answer\",\"question_id\":42,\"selected_answer\":\"x\"}",
                    "{\"type\":\"answer\",\"question_id\":\"" + UUID.randomUUID() + "\",\"selected_answer\":7}",
                    "{\"type\":\"select_presenter\"}",
                    "{\"type\":\"join\",\"padding\":\"" + "x".repeat(17_000) + "\"}")) {
                client.sendRaw(frame);
                Map<String, Object> error = client.nextError("bad_message");
                assertThat((String) error.get("message")).isNotBlank();
            }
            client.send(Map.of("type", "join"));
            assertThat(field(client.next("connected"), "you", "username")).isEqualTo("Sloppy");
            assertThat(client.isClosed()).isFalse();
        }
    }

    static Object field(Map<String, Object> frame, String object, String key) {
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) frame.get(object);
        return inner.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<String> ids(Map<String, Object> connected) {
        return ((List<Map<String, Object>>) connected.get("participants")).stream().map(p -> (String) p.get("id"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
