package io.quizcast.game;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.ManualGameTime;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A whole event over real sockets: a host, a presenter and three players; two segments of three questions;
 * correct, wrong, late, duplicate, stale and missing answers; reveal, leaderboard, next, end; the event's end.
 * Each client's exact sequence of message types is asserted, and the database rows against what was broadcast.
 */
@QuarkusTest
class FullEventGameTest extends ManualGameTime {

    private static final int TIME_LIMIT_S = 5;

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void aWholeEventPlaysOutAndTheStoredScoresMatchWhatWasBroadcast() {
        Account hostAccount = TestAccounts.register("host");
        Account patAccount = TestAccounts.register("pat");
        CreatedEvent event = TestEvents.createEvent(hostAccount, Map.of("title", "Full Event", "time_per_question",
                TIME_LIMIT_S, "num_fake_answers", 2));
        UUID segment1 = TestEvents.createSegment(event, "Pat", patAccount.id());
        UUID segment2 = TestEvents.createSegment(event, "Host", null);
        List<UUID> s1 = List.of(
                TestEvents.createQuestion(event, segment1, "2+2?", "4", List.of("3", "5")),
                TestEvents.createQuestion(event, segment1, "Capital of Italy?", "Rome", List.of("Milan", "Turin")),
                TestEvents.createQuestion(event, segment1, "Largest planet?", "Jupiter", List.of()));
        for (int i = 0; i < 3; i++) {
            TestEvents.createQuestion(event, segment2, "S2 question " + i, "Right " + i,
                    List.of("Wrong " + i, "Nope " + i));
        }
        Joined ann = TestEvents.join(event, "Ann");
        Joined ben = TestEvents.join(event, "Ben");
        Joined cat = TestEvents.join(event, "Cat");

        try (GameClient host = GameClient.connect("host", base, event.id(), hostAccount.token());
                GameClient pat = GameClient.connect("pat", base, event.id(), patAccount.token());
                GameClient a = GameClient.connect("ann", base, event.id(), ann.sessionToken());
                GameClient b = GameClient.connect("ben", base, event.id(), ben.sessionToken());
                GameClient c = GameClient.connect("cat", base, event.id(), cat.sessionToken())) {
            List<GameClient> players = List.of(a, b, c);
            List<GameClient> everyone = List.of(host, pat, a, b, c);

            // -- everyone joins, one after the other
            host.joinAs(hostAccount.id());
            pat.joinAs(patAccount.id());
            host.next("participant_joined");
            for (GameClient p : players) {
                p.joinWithSession();
            }
            await().atMost(GameClient.WAIT).untilAsserted(() -> {
                // each hears of those who join after it
                assertThat(host.flow()).hasSize(5);
                assertThat(pat.flow()).hasSize(4);
                assertThat(a.flow()).hasSize(3);
                assertThat(b.flow()).hasSize(2);
                assertThat(c.flow()).hasSize(1);
            });

            // -- segment 1, presented by Pat; a player may not run it
            a.send(Map.of("type", "start_game", "segment_id", segment1.toString()));
            a.nextError("forbidden");
            pat.send(Map.of("type", "start_game", "segment_id", segment1.toString()));
            Map<String, Object> started = host.next("game_started");
            assertThat(started.get("segment_id")).isEqualTo(segment1.toString());
            assertThat(started.get("total_questions")).isEqualTo(3);
            Map<String, Object> q1 = question(everyone, 1, s1.get(0));
            String q1Right = "4";
            String q1Wrong = firstOtherThan(q1, q1Right);

            a.send(Map.of("type", "reveal_answer"));
            a.nextError("forbidden");
            answer(a, q1, q1Right);
            a.next("answer_received");
            answer(a, q1, q1Wrong);
            a.nextError("duplicate");
            answer(b, q1, q1Wrong);
            b.next("answer_received");
            answer(c, q1, q1Right);
            c.next("answer_received");
            for (GameClient client : everyone) {
                Map<String, Object> all = client.next("all_answered");
                assertThat(all.get("answer_count")).isEqualTo(3);
                assertThat(all.get("total_players")).isEqualTo(3);
            }

            pat.send(Map.of("type", "reveal_answer"));
            Map<String, Object> reveal1 = reveal(everyone, s1.get(0), "4");
            assertThat(distribution(reveal1)).containsEntry("4", 2).containsEntry(q1Wrong, 1);
            assertThat(reveal1.get("distribution")).asList().hasSize(3);
            scoresUpdate(everyone);
            host.send(Map.of("type", "show_leaderboard"));
            for (GameClient client : everyone) {
                client.next("leaderboard");
            }
            pat.send(Map.of("type", "next_question"));

            // -- question 2: a stale answer, one right, one wrong, one missing
            Map<String, Object> q2 = question(everyone, 2, s1.get(1));
            answer(a, q1, q1Right);
            a.nextError("stale");
            answer(a, q2, "Rome");
            a.next("answer_received");
            answer(c, q2, firstOtherThan(q2, "Rome"));
            c.next("answer_received");
            host.send(Map.of("type", "next_question"));
            host.nextError("invalid_phase");
            pat.send(Map.of("type", "reveal_answer"));
            Map<String, Object> reveal2 = reveal(everyone, s1.get(1), "Rome");
            assertThat(distribution(reveal2).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
            scoresUpdate(everyone);
            pat.send(Map.of("type", "next_question"));

            // -- question 3: only a late answer; the question had no wrong answers, so distractors fill in
            Map<String, Object> q3 = question(everyone, 3, s1.get(2));
            assertThat(GameConnectionTest.strings(q3.get("answers"))).hasSize(3).contains("Jupiter");
            assertThat(Instant.parse((String) q3.get("deadline"))).isEqualTo(clock.instant().plusSeconds(TIME_LIMIT_S));
            clock.advance(Duration.ofSeconds(TIME_LIMIT_S).plusMillis(700));
            answer(c, q3, "Jupiter");
            c.nextError("too_late");
            pat.send(Map.of("type", "reveal_answer"));
            reveal(everyone, s1.get(2), "Jupiter");
            scoresUpdate(everyone);
            pat.send(Map.of("type", "next_question"));
            for (GameClient client : everyone) {
                client.next("game_ended");
                Map<String, Object> complete = client.next("segment_complete");
                assertThat(complete.get("segment_id")).isEqualTo(segment1.toString());
            }

            // -- segment 2, presented by the host; Pat now plays; it is ended early
            host.send(Map.of("type", "start_game"));
            for (GameClient client : everyone) {
                assertThat(client.next("game_started").get("segment_id")).isEqualTo(segment2.toString());
            }
            List<GameClient> segment2Players = List.of(pat, a, b, c);
            for (int i = 0; i < 2; i++) {
                Map<String, Object> q = question(everyone, i + 1, null);
                for (GameClient p : segment2Players) {
                    answer(p, q, "Right " + i);
                    p.next("answer_received");
                }
                for (GameClient client : everyone) {
                    client.next("all_answered");
                }
                host.send(Map.of("type", "reveal_answer"));
                for (GameClient client : everyone) {
                    client.next("reveal");
                    client.next("scores_update");
                }
                host.send(Map.of("type", "next_question"));
            }
            question(everyone, 3, null);
            host.send(Map.of("type", "end_game"));
            for (GameClient client : everyone) {
                client.next("game_ended");
                client.next("segment_complete");
                Map<String, Object> ready = client.next("mega_quiz_ready");
                assertThat(ready.get("available_questions")).isEqualTo(6);
                assertThat(ready.get("is_single_segment")).isEqualTo(false);
            }
            a.send(Map.of("type", "skip_mega_quiz"));
            a.nextError("forbidden");
            host.send(Map.of("type", "skip_mega_quiz"));
            Map<String, Object> complete = null;
            for (GameClient client : everyone) {
                complete = client.next("event_complete");
            }

            // -- the exact sequences
            List<String> pj = List.of("participant_joined");
            List<String> seg1Host = segment1Flow(true);
            List<String> seg2Host = segment2Flow(true);
            assertThat(host.flow()).containsExactlyElementsOf(concat(
                    List.of("connected", "participant_joined"), List.of("participant_joined", "participant_joined",
                            "participant_joined"),
                    seg1Host, seg2Host));
            assertThat(pat.flow())
                    .containsExactlyElementsOf(concat(List.of("connected"), pj, pj, pj, segment1Flow(false),
                            segment2Flow(false, true), List.of("phase_changed", "event_complete")));
            assertThat(a.flow()).containsExactlyElementsOf(concat(List.of("connected"), pj, pj,
                    List.of("error", "game_started"), annSegment1(), segment2Flow(false, true),
                    List.of("error", "phase_changed", "event_complete")));
            assertThat(b.flow()).containsExactlyElementsOf(concat(List.of("connected"), pj,
                    List.of("game_started"), playerSegment1(true, false, false), segment2Flow(false, true),
                    List.of("phase_changed", "event_complete")));
            assertThat(c.flow()).containsExactlyElementsOf(concat(List.of("connected", "game_started"),
                    playerSegment1(true, true, true), segment2Flow(false, true),
                    List.of("phase_changed", "event_complete")));

            // -- the database agrees with the broadcasts
            assertStoredScoresAreConsistent(event.id(), segment1, segment2);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> board = (List<Map<String, Object>>) complete.get("final_leaderboard");
            for (Map<String, Object> entry : board) {
                long stored = Sql.count(pool, "SELECT total_score FROM event_participants WHERE id = $1",
                        UUID.fromString((String) entry.get("participant_id")));
                assertThat(((Number) entry.get("score")).longValue()).isEqualTo(stored);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> winners = (List<Map<String, Object>>) complete.get("segment_winners");
            assertThat(winners).extracting(w -> w.get("segment_id")).containsExactly(segment1.toString(),
                    segment2.toString());
            assertThat(Sql.count(pool, "SELECT count(*) FROM answers a JOIN segments s ON s.id = a.segment_id"
                    + " WHERE s.event_id = $1", event.id())).isEqualTo(9 + 12);
            given().header("Authorization", hostAccount.bearer()).get("/api/quizzes/" + event.id())
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("finished"));
        }
    }

    /** What the host and Pat see of segment 1 (Pat presents it). */
    private static List<String> segment1Flow(boolean staff) {
        List<String> flow = new ArrayList<>(List.of("game_started", "phase_changed", "question",
                "answer_received", "answer_received", "answer_received", "all_answered",
                "phase_changed", "reveal", "scores_update", "phase_changed", "leaderboard",
                "phase_changed", "question", "answer_received", "answer_received"));
        if (staff) {
            flow.add("error"); // the host's next_question before the reveal is refused (invalid_phase)
        }
        flow.addAll(List.of("phase_changed", "reveal", "scores_update", "phase_changed", "question",
                "phase_changed", "reveal", "scores_update", "game_ended", "phase_changed", "segment_complete"));
        return flow;
    }

    private static List<String> segment2Flow(boolean staff) {
        return segment2Flow(staff, false);
    }

    /** Segment 2 to the event's end; players (Pat included) get only their own answer_received. */
    private static List<String> segment2Flow(boolean staff, boolean playerOnly) {
        List<String> flow = new ArrayList<>(List.of("game_started"));
        for (int i = 0; i < 2; i++) {
            flow.addAll(List.of("phase_changed", "question"));
            if (staff) {
                flow.addAll(List.of("answer_received", "answer_received", "answer_received", "answer_received"));
            } else {
                flow.add("answer_received");
            }
            flow.addAll(List.of("all_answered", "phase_changed", "reveal", "scores_update"));
        }
        flow.addAll(List.of("phase_changed", "question", "game_ended", "phase_changed", "segment_complete",
                "phase_changed", "mega_quiz_ready"));
        if (staff) {
            flow.addAll(List.of("phase_changed", "event_complete"));
        }
        return flow;
    }

    private static List<String> annSegment1() {
        return List.of("phase_changed", "question", "error", "answer_received", "error", "all_answered",
                "phase_changed", "reveal", "scores_update", "phase_changed", "leaderboard",
                "phase_changed", "question", "error", "answer_received",
                "phase_changed", "reveal", "scores_update", "phase_changed", "question",
                "phase_changed", "reveal", "scores_update", "game_ended", "phase_changed", "segment_complete");
    }

    private static List<String> playerSegment1(boolean answersQ1, boolean answersQ2, boolean lateQ3) {
        List<String> flow = new ArrayList<>(List.of("phase_changed", "question"));
        if (answersQ1) {
            flow.add("answer_received");
        }
        flow.addAll(List.of("all_answered", "phase_changed", "reveal", "scores_update", "phase_changed", "leaderboard",
                "phase_changed", "question"));
        if (answersQ2) {
            flow.add("answer_received");
        }
        flow.addAll(List.of("phase_changed", "reveal", "scores_update", "phase_changed", "question"));
        if (lateQ3) {
            flow.add("error");
        }
        flow.addAll(
                List.of("phase_changed", "reveal", "scores_update", "game_ended", "phase_changed", "segment_complete"));
        return flow;
    }

    private void assertStoredScoresAreConsistent(UUID eventId, UUID segment1, UUID segment2) {
        for (Row row : Sql.rows(pool, "SELECT a.is_correct, a.response_time_ms, a.points, a.selected_answer"
                + " FROM answers a JOIN segments s ON s.id = a.segment_id WHERE s.event_id = $1", eventId)) {
            if (row.getString("selected_answer") == null) {
                assertThat(row.getInteger("points")).isZero();
                continue;
            }
            int t = row.getInteger("response_time_ms");
            int expected = row.getBoolean("is_correct")
                    ? (int) Math.max(1,
                            Math.min(1000, Math.floorDiv(1000L * (TIME_LIMIT_S * 1000 - t), TIME_LIMIT_S * 1000)))
                    : 0;
            assertThat(row.getInteger("points")).as("points for t=" + t).isEqualTo(expected);
        }
        assertThat(Sql.count(pool, """
                SELECT count(*) FROM event_participants p WHERE p.event_id = $1 AND p.total_score <> (
                    SELECT coalesce(sum(a.points), 0) FROM answers a WHERE a.participant_id = p.id)""", eventId))
                .isZero();
        assertThat(Sql.count(pool,
                """
                        SELECT count(*) FROM segment_scores g WHERE g.segment_id IN ($1, $2) AND (g.score, g.questions_answered,
                            g.questions_correct) <> (SELECT coalesce(sum(a.points), 0), count(*), count(*) FILTER (WHERE a.is_correct)
                            FROM answers a WHERE a.segment_id = g.segment_id AND a.participant_id = g.participant_id)""",
                segment1, segment2)).isZero();
        assertThat(Sql.count(pool, "SELECT count(*) FROM segment_scores WHERE segment_id = $1", segment1)).isEqualTo(3);
        assertThat(Sql.count(pool, "SELECT count(*) FROM segment_scores WHERE segment_id = $1", segment2)).isEqualTo(4);
    }

    private static Map<String, Object> question(List<GameClient> clients, int number, UUID expectedId) {
        Map<String, Object> question = null;
        for (GameClient client : clients) {
            Map<String, Object> phase = client.next("phase_changed");
            assertThat(phase.get("phase")).isEqualTo("showing_question");
            assertThat(phase.get("question_index")).isEqualTo(number - 1);
            Map<String, Object> q = client.next("question");
            assertThat(q.get("question_number")).isEqualTo(number);
            assertThat(q.get("time_limit")).isEqualTo(TIME_LIMIT_S);
            if (expectedId != null) {
                assertThat(q.get("question_id")).isEqualTo(expectedId.toString());
            }
            if (question != null) {
                assertThat(q.get("answers")).as("same order for everyone").isEqualTo(question.get("answers"));
            }
            question = q;
        }
        return question;
    }

    private static Map<String, Object> reveal(List<GameClient> clients, UUID questionId, String correct) {
        Map<String, Object> reveal = null;
        for (GameClient client : clients) {
            assertThat(client.next("phase_changed").get("phase")).isEqualTo("revealing_answer");
            reveal = client.next("reveal");
            assertThat(reveal.get("question_id")).isEqualTo(questionId.toString());
            assertThat(reveal.get("correct_answer")).isEqualTo(correct);
        }
        return reveal;
    }

    private static void scoresUpdate(List<GameClient> clients) {
        for (GameClient client : clients) {
            client.next("scores_update");
        }
    }

    private static void answer(GameClient client, Map<String, Object> question, String selected) {
        client.send(Map.of("type", "answer", "question_id", question.get("question_id"), "selected_answer", selected,
                "response_time_ms", 1));
    }

    @SuppressWarnings("unchecked")
    private static String firstOtherThan(Map<String, Object> question, String correct) {
        return ((List<String>) question.get("answers")).stream().filter(x -> !x.equals(correct)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> distribution(Map<String, Object> reveal) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) reveal.get("distribution")) {
            counts.put((String) d.get("answer"), ((Number) d.get("count")).intValue());
        }
        return counts;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
