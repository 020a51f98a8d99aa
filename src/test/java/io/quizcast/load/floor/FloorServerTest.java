package io.quizcast.load.floor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.testsupport.GameClient;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plays whole games against the floor started in-process: REST setup, sockets, every message, both faults. */
@SuppressWarnings("unchecked")
class FloorServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A host with an event, a segment of two questions, joined players and open sockets. */
    private record Game(URI base, UUID eventId, UUID hostId, GameClient host, List<GameClient> players,
            List<JsonObject> joins) implements AutoCloseable {

        @Override
        public void close() {
            host.close();
            players.forEach(GameClient::close);
        }
    }

    @Test
    void playsAWholeGame() {
        try (FloorServer floor = FloorServer.start(new FloorOptions(0, 2, 0, 0)); Game game = setUp(floor, 3)) {
            Map<String, String> account = Map.of("username", "dup-" + game.hostId(), "password", "secret1");
            post(game.base(), null, "/api/auth/register", account, 201);
            assertThat(post(game.base(), null, "/api/auth/register", account, 409).getString("code"))
                    .isEqualTo("username_taken");
            assertThat(post(game.base(), null, "/api/auth/login", account, 200).getString("token")).isNotBlank();
            assertThat(game.joins()).extracting(j -> j.getString("displayName")).containsExactly("Ann", "Ann 2", "Bob");
            assertThat(game.joins()).allSatisfy(j -> assertThat(j.getBoolean("isRejoining")).isFalse());
            JsonObject unknown = post(game.base(), null, "/api/events/join",
                    Map.of("code", "ZZZZZZ", "device_fingerprint", "d", "display_name", "X"), 404);
            assertThat(unknown.getString("code")).isEqualTo("not_found");
            assertThat(unknown.getString("detail")).isEqualTo("Event not found");

            GameClient host = game.host();
            GameClient ann = game.players().get(0);
            GameClient ann2 = game.players().get(1);
            GameClient bob = game.players().get(2);
            host.send(Map.of("type", "start_game"));
            for (GameClient c : List.of(host, ann, ann2, bob)) {
                assertThat(c.next("game_started")).containsEntry("total_questions", 2);
                assertThat(c.next("phase_changed")).containsEntry("phase", "showing_question")
                        .containsEntry("question_index", 0);
            }
            Map<String, Object> q1 = ann.next("question");
            assertThat(q1).containsEntry("question_number", 1).containsEntry("time_limit", 30)
                    .containsKeys("question_started_at", "deadline");
            assertThat((String) q1.get("question_started_at"))
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat((List<String>) q1.get("answers")).hasSize(4).contains("Paris");
            assertThat(bob.next("question")).isEqualTo(q1);
            assertThat(ann2.next("question")).isEqualTo(q1);
            assertThat(host.next("question")).isEqualTo(q1);
            String q1Id = (String) q1.get("question_id");

            bob.send(Map.of("type", "reveal_answer"));
            bob.nextError("forbidden");
            ann.sendRaw("{not json");
            ann.nextError("bad_message");
            ann.send(Map.of("type", "answer", "question_id", q1Id, "selected_answer", "Paris"));
            String annId = game.joins().get(0).getString("participantId");
            assertThat(ann.next("answer_received")).containsEntry("user_id", annId).containsEntry("answer_count", 1)
                    .containsEntry("total_players", 3);
            assertThat(host.next("answer_received")).containsEntry("user_id", annId);
            ann.send(Map.of("type", "answer", "question_id", q1Id, "selected_answer", "Paris"));
            ann.nextError("duplicate");
            bob.send(Map.of("type", "answer", "question_id", UUID.randomUUID().toString(), "selected_answer", "Paris"));
            bob.nextError("stale");
            bob.send(Map.of("type", "answer", "question_id", q1Id, "selected_answer", "Atlantis"));
            bob.nextError("bad_message");
            bob.send(Map.of("type", "answer", "question_id", q1Id, "selected_answer", wrong(q1, "Paris")));
            assertThat(bob.next("answer_received")).containsEntry("answer_count", 2);
            host.send(Map.of("type", "show_leaderboard"));
            host.nextError("invalid_phase");

            host.send(Map.of("type", "reveal_answer"));
            for (GameClient c : List.of(host, ann, ann2, bob)) {
                assertThat(c.next("phase_changed")).containsEntry("phase", "revealing_answer");
                Map<String, Object> reveal = c.next("reveal");
                assertThat(reveal).containsEntry("correct_answer", "Paris").containsEntry("question_number", 1);
                assertThat((List<Map<String, Object>>) reveal.get("distribution")).hasSize(4)
                        .anySatisfy(d -> assertThat(d).containsEntry("answer", "Paris").containsEntry("count", 1)
                                .containsEntry("percentage", 50.0).containsEntry("is_correct", true));
                assertThat(leader(reveal, "event_leaderboard")).containsEntry("user_id", annId)
                        .containsEntry("rank", 1).containsEntry("username", "Ann");
            }
            List<Map<String, Object>> annScores = scores(ann.next("scores_update"));
            assertThat(annScores).singleElement().satisfies(s -> assertThat(s).containsEntry("user_id", annId)
                    .containsEntry("rank", 1).containsKey("segment_score"));
            assertThat((Integer) annScores.get(0).get("delta")).isBetween(900, 1000);
            assertThat(scores(bob.next("scores_update"))).singleElement()
                    .satisfies(s -> assertThat(s).containsEntry("delta", 0).containsEntry("score", 0));
            assertThat(scores(host.next("scores_update"))).hasSize(3);

            host.send(Map.of("type", "show_leaderboard"));
            for (GameClient c : List.of(host, ann, ann2, bob)) {
                assertThat(c.next("phase_changed")).containsEntry("phase", "showing_leaderboard");
                assertThat(leader(c.next("leaderboard"), "rankings")).containsEntry("user_id", annId);
            }
            host.send(Map.of("type", "next_question"));
            Map<String, Object> q2 = bob.next("question");
            assertThat(q2).containsEntry("question_number", 2).containsEntry("text", "2 + 2?");
            bob.send(Map.of("type", "answer", "question_id", q1Id, "selected_answer", "Paris"));
            bob.nextError("stale");

            host.send(Map.of("type", "end_game"));
            for (GameClient c : List.of(host, ann, ann2, bob)) {
                c.next("game_ended");
                assertThat(c.next("phase_changed")).containsEntry("phase", "segment_complete");
                assertThat(c.next("segment_complete")).containsEntry("presenter_name", "Pat");
                assertThat(c.next("phase_changed")).containsEntry("phase", "event_complete");
                Map<String, Object> end = c.next("event_complete");
                assertThat((Map<String, Object>) end.get("winner")).containsEntry("user_id", annId);
            }
            assertThat(ann.flow()).containsExactly("connected", "game_started", "phase_changed", "question", "error",
                    "answer_received", "error", "phase_changed", "reveal", "scores_update", "phase_changed",
                    "leaderboard", "phase_changed", "question", "game_ended", "phase_changed", "segment_complete",
                    "phase_changed", "event_complete");
            ann.send(Map.of("type", "answer", "question_id", q1Id, "selected_answer", "Paris"));
            ann.nextError("no_question");
        }
    }

    @Test
    void faultsDropTheFirstQuestionToOnePlayerAndDelayTheFirstAck() {
        try (FloorServer floor = FloorServer.start(new FloorOptions(0, 1, 2, 300)); Game game = setUp(floor, 2)) {
            GameClient first = game.players().get(0);
            GameClient second = game.players().get(1);
            game.host().send(Map.of("type", "start_game"));
            Map<String, Object> q1 = first.next("question");
            long sent = System.nanoTime();
            first.send(Map.of("type", "answer", "question_id", q1.get("question_id"), "selected_answer", "Paris"));
            game.host().next("answer_received");
            first.next("answer_received");
            assertThat((System.nanoTime() - sent) / 1_000_000).isGreaterThanOrEqualTo(300);
            game.host().send(Map.of("type", "reveal_answer"));
            second.next("reveal");
            assertThat(second.types()).doesNotContain("question");
            game.host().send(Map.of("type", "next_question"));
            assertThat(second.next("question")).containsEntry("question_number", 2);
        }
    }

    /** Registers a host, creates the event, a segment and two questions, joins players and opens every socket. */
    private static Game setUp(FloorServer floor, int playerCount) {
        URI base = URI.create("http://localhost:" + floor.port());
        assertThat(send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).GET()).statusCode()).isEqualTo(200);
        JsonObject auth = post(base, null, "/api/auth/register",
                Map.of("username", "host-" + UUID.randomUUID(), "password", "secret1"), 201);
        String token = auth.getString("token");
        UUID hostId = UUID.fromString(auth.getJsonObject("user").getString("id"));
        JsonObject event = post(base, token, "/api/quizzes", Map.of("title", "Floor quiz"), 201);
        assertThat(event.getString("join_code")).matches("[A-Z0-9]{6}");
        assertThat(event.getString("status")).isEqualTo("waiting");
        UUID eventId = UUID.fromString(event.getString("id"));
        JsonObject segment = post(base, token, "/api/quizzes/" + eventId + "/questions",
                Map.of("presenter_name", "Pat"),
                201);
        assertThat(segment.getInteger("order_index")).isZero();
        JsonObject bulk = post(base, token, "/api/segments/" + segment.getString("id") + "/questions/bulk",
                Map.of("questions", List.of(
                        Map.of("question_text", "Capital of France?", "correct_answer", "Paris", "fake_answers",
                                List.of("Rome", "Madrid", "Berlin")),
                        Map.of("question_text", "2 + 2?", "correct_answer", "4", "fake_answers",
                                List.of("3", "5", "22")))),
                200);
        assertThat(bulk.getInteger("imported")).isEqualTo(2);

        GameClient host = GameClient.connect("host", base, eventId, token);
        Map<String, Object> hostConnected = host.joinAs(hostId);
        assertThat((Map<String, Object>) hostConnected.get("you")).containsEntry("is_host", true)
                .containsEntry("id", hostId.toString());
        List<String> names = List.of("Ann", "Ann", "Bob");
        List<JsonObject> joins = new ArrayList<>();
        List<GameClient> players = new ArrayList<>();
        for (int i = 0; i < playerCount; i++) {
            JsonObject join = post(base, null, "/api/events/join", Map.of("code", event.getString("join_code"),
                    "device_fingerprint", "device-" + UUID.randomUUID(), "display_name", names.get(i)), 200);
            joins.add(join);
            GameClient player = GameClient.connect("player" + i, base, eventId, join.getString("sessionToken"));
            Map<String, Object> connected = player.joinWithSession();
            assertThat((Map<String, Object>) connected.get("you"))
                    .containsEntry("participant_id", join.getString("participantId"))
                    .containsEntry("is_host", false).containsEntry("online", true);
            assertThat((List<Map<String, Object>>) connected.get("participants")).extracting(p -> p.get("id"))
                    .containsExactly(join.getString("participantId"), hostId.toString());
            assertThat(((Map<String, Object>) host.next("participant_joined").get("user")))
                    .containsEntry("username", join.getString("displayName"));
            players.add(player);
        }
        return new Game(base, eventId, hostId, host, players, joins);
    }

    private static JsonObject post(URI base, String token, String path, Map<String, ?> body, int status) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject((Map<String, Object>) body).encode()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as("%s %s", path, response.body()).isEqualTo(status);
        return new JsonObject(response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String wrong(Map<String, Object> question, String correct) {
        return ((List<String>) question.get("answers")).stream().filter(a -> !a.equals(correct)).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> leader(Map<String, Object> frame, String field) {
        return ((List<Map<String, Object>>) frame.get(field)).get(0);
    }

    private static List<Map<String, Object>> scores(Map<String, Object> frame) {
        return (List<Map<String, Object>>) frame.get("scores");
    }
}
