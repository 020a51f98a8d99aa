package io.quizcast.game;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.ManualGameTime;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One round with a question of every type, played over real sockets by three players on the service's clock: each
 * type scored as docs/decisions.md says, each type's reveal, and a frame of the wrong shape refused with nothing
 * stored.
 */
@QuarkusTest
class QuestionTypesTest extends ManualGameTime {

    @TestHTTPResource("/")
    URI base;

    @Test
    @SuppressWarnings("unchecked")
    void aRoundOfEveryTypeIsScoredAndRevealedAsEachTypeSays() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Seven types", "time_per_question", 20));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        create(event, segment, Map.of("question_text", "Capital of France?", "correct_answer", "Paris",
                "fake_answers", List.of("Lyon"), "points", "double", "explanation", "Since 508."));
        create(event, segment, Map.of("type", "multiple", "question_text", "Primes?", "correct_answers",
                List.of("2", "3"), "fake_answers", List.of("4", "6")));
        create(event, segment, Map.of("type", "true_false", "question_text", "Is water wet?", "correct_answer",
                "true", "time_limit", 10));
        create(event, segment, Map.of("type", "type_answer", "question_text", "Largest Swiss city?",
                "correct_answers", List.of("Zürich")));
        create(event, segment, Map.of("type", "poll", "question_text", "Tea or coffee?", "options",
                List.of("Tea", "Coffee")));
        create(event, segment, Map.of("type", "slider", "question_text", "Degrees of a right angle / 2?", "slider",
                Map.of("min", 0, "max", 100, "step", 5, "correct", 45, "tolerance", 20)));
        create(event, segment, Map.of("type", "ordering", "question_text", "Smallest first", "items",
                List.of("one", "two", "three")));
        TestEvents.Joined ann = TestEvents.join(event, "Ann");
        TestEvents.Joined ben = TestEvents.join(event, "Ben");
        TestEvents.Joined cat = TestEvents.join(event, "Cat");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient a = GameClient.connect("ann", base, event.id(), ann.sessionToken());
                GameClient b = GameClient.connect("ben", base, event.id(), ben.sessionToken());
                GameClient c = GameClient.connect("cat", base, event.id(), cat.sessionToken())) {
            host.joinAs(event.host().id());
            a.joinWithSession();
            b.joinWithSession();
            c.joinWithSession();
            host.send(Map.of("type", "start_game"));

            // single, double points: right after 5 s of 20 scores 2 × 750
            Map<String, Object> q = question(a, b, c);
            assertThat(q).containsEntry("question_type", "single").containsEntry("points", "double");
            clock.advance(Duration.ofSeconds(5));
            answer(a, q, Map.of("selected_answer", "Paris"));
            answer(b, q, Map.of("selected_answer", "Lyon"));
            answer(c, q, Map.of("selected_answer", "Paris"));
            Map<String, Object> reveal = reveal(host, a);
            assertThat(reveal).containsEntry("correct_answer", "Paris").containsEntry("explanation", "Since 508.")
                    .containsEntry("correct_count", 2);
            assertThat(deltas(a, b, c)).containsExactly(1500, 0, 1500);
            next(host);

            // multiple: the exact set only; half right scores 0; a v1-shaped answer is refused, nothing stored
            q = question(a, b, c);
            assertThat(q).containsEntry("question_type", "multiple");
            assertThat((List<Object>) q.get("answers")).containsExactlyInAnyOrder("2", "3", "4", "6");
            c.send(answerFrame(q, Map.of("selected_answer", "2")));
            assertThat(c.nextError("bad_message").get("message")).asString().contains("selected_answers");
            assertThat(storedAnswers(event, q)).isZero();
            answer(a, q, Map.of("selected_answers", List.of("3", "2")));
            answer(b, q, Map.of("selected_answers", List.of("2")));
            answer(c, q, Map.of("selected_answers", List.of("2", "3", "4")));
            reveal = reveal(host, a);
            assertThat(reveal.get("correct_answers")).isEqualTo(List.of("2", "3"));
            assertThat(distribution(reveal)).containsEntry("2", 3).containsEntry("3", 2).containsEntry("4", 1)
                    .containsEntry("6", 0);
            assertThat(deltas(a, b, c)).containsExactly(1000, 0, 0);
            next(host);

            // true_false, with its own time limit
            q = question(a, b, c);
            assertThat(q).containsEntry("question_type", "true_false").containsEntry("time_limit", 10);
            assertThat(q.get("answers")).isEqualTo(List.of("True", "False"));
            answer(a, q, Map.of("selected_answer", "True"));
            answer(b, q, Map.of("selected_answer", "False"));
            answer(c, q, Map.of("selected_answer", "True"));
            reveal(host, a);
            assertThat(deltas(a, b, c)).containsExactly(1000, 0, 1000);
            next(host);

            // type_answer: case and accents folded, one typo forgiven, the most common typed answers revealed
            q = question(a, b, c);
            assertThat(q.get("answers")).isEqualTo(List.of());
            answer(a, q, Map.of("selected_answer", "  ZURICH "));
            answer(b, q, Map.of("selected_answer", "Zurch"));
            answer(c, q, Map.of("selected_answer", "Geneva"));
            reveal = reveal(host, a);
            assertThat(distribution(reveal)).containsEntry("ZURICH", 1).containsEntry("Zurch", 1)
                    .containsEntry("Geneva", 1);
            assertThat(reveal).containsEntry("correct_count", 2);
            assertThat(deltas(a, b, c)).containsExactly(1000, 1000, 0);
            next(host);

            // poll: no correct answer, no points, the distribution is the point
            q = question(a, b, c);
            answer(a, q, Map.of("selected_answer", "Tea"));
            answer(b, q, Map.of("selected_answer", "Tea"));
            answer(c, q, Map.of("selected_answer", "Coffee"));
            reveal = reveal(host, a);
            assertThat(reveal.get("correct_answer")).isNull();
            assertThat(distribution(reveal)).containsEntry("Tea", 2).containsEntry("Coffee", 1);
            assertThat(deltas(a, b, c)).containsExactly(0, 0, 0);
            next(host);

            // slider: full at the value, half at half the tolerance, nothing beyond it
            q = question(a, b, c);
            assertThat(q.get("slider")).isEqualTo(Map.of("min", 0, "max", 100, "step", 5));
            c.send(answerFrame(q, Map.of("value", 47)));
            assertThat(c.nextError("bad_message").get("message")).asString().contains("steps");
            answer(a, q, Map.of("value", 45));
            answer(b, q, Map.of("value", 55));
            answer(c, q, Map.of("value", 70));
            reveal = reveal(host, a);
            assertThat(reveal.get("correct_answers")).isEqualTo(List.of("45"));
            assertThat((List<?>) reveal.get("histogram")).as("21 values of 5 in bars of 3").hasSize(7);
            assertThat(deltas(a, b, c)).containsExactly(1000, 500, 0);
            next(host);

            // ordering: the exact order only; two items swapped score 0
            q = question(a, b, c);
            assertThat((List<Object>) q.get("answers")).containsExactlyInAnyOrder("one", "two", "three")
                    .isNotEqualTo(List.of("one", "two", "three"));
            answer(a, q, Map.of("order", List.of("one", "two", "three")));
            answer(b, q, Map.of("order", List.of("two", "one", "three")));
            c.send(answerFrame(q, Map.of("order", List.of("one", "two"))));
            c.nextError("bad_message");
            reveal = reveal(host, a);
            assertThat(reveal.get("correct_answers")).isEqualTo(List.of("one", "two", "three"));
            assertThat(deltas(a, b, c)).containsExactly(1000, 0, 0);

            // the mega quiz leaves the poll out: it has nothing to win
            next(host);
            assertThat(host.next("mega_quiz_ready").get("available_questions")).isEqualTo(6);
            host.send(Map.of("type", "start_mega_quiz", "question_count", 7));
            assertThat(host.next("mega_quiz_started").get("question_count")).isEqualTo(6);
        }
        List<Map<String, Object>> stored = answers(event);
        assertThat(stored).filteredOn(a -> a.get("selected_answer") != null)
                .as("every answer given, and no refused one").hasSize(20);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlayerWhoComesBackGetsTheQuestionsTypeAndItsOwnSet() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        create(event, segment, Map.of("type", "multiple", "question_text", "Primes?", "correct_answers",
                List.of("2", "3"), "fake_answers", List.of("4"), "points", "double"));
        TestEvents.Joined ann = TestEvents.join(event, "Ann");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            Map<String, Object> q;
            try (GameClient a = GameClient.connect("ann", base, event.id(), ann.sessionToken())) {
                a.joinWithSession();
                host.send(Map.of("type", "start_game"));
                q = a.next("question");
                answer(a, q, Map.of("selected_answers", List.of("3", "2")));
            }
            try (GameClient back = GameClient.connect("ann-back", base, event.id(), ann.sessionToken())) {
                back.joinWithSession();
                Map<String, Object> restored = back.next("state_restored");
                assertThat(restored).containsEntry("question_type", "multiple").containsEntry("points", "double")
                        .containsEntry("current_question_id", q.get("question_id"))
                        .containsEntry("your_answer", null);
                assertThat((List<Object>) restored.get("your_answers")).as("in the offered order")
                        .containsExactlyInAnyOrder("2", "3");
                back.send(answerFrame(q, Map.of("selected_answers", List.of("2"))));
                back.nextError("duplicate");
            }
        }
    }

    private static void create(CreatedEvent event, UUID segment, Map<String, Object> body) {
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/segments/" + segment + "/questions").then().statusCode(201);
    }

    private static Map<String, Object> question(GameClient... players) {
        Map<String, Object> q = null;
        for (GameClient p : players) {
            q = p.next("question");
        }
        return q;
    }

    private static Map<String, Object> answerFrame(Map<String, Object> q, Map<String, Object> fields) {
        Map<String, Object> frame = new java.util.HashMap<>(fields);
        frame.put("type", "answer");
        frame.put("question_id", q.get("question_id"));
        return frame;
    }

    private static void answer(GameClient player, Map<String, Object> q, Map<String, Object> fields) {
        player.send(answerFrame(q, fields));
        player.next("answer_received");
    }

    private static Map<String, Object> reveal(GameClient host, GameClient player) {
        host.send(Map.of("type", "reveal_answer"));
        host.next("reveal");
        return player.next("reveal");
    }

    private static void next(GameClient host) {
        host.send(Map.of("type", "next_question"));
    }

    /** The event's stored answers, as its JSON export lists them (the service's own account of them). */
    private static List<Map<String, Object>> answers(CreatedEvent event) {
        return given().header("Authorization", event.host().bearer())
                .get("/api/events/" + event.id() + "/export?format=json").then().statusCode(200).extract()
                .jsonPath().getList("answers");
    }

    private static long storedAnswers(CreatedEvent event, Map<String, Object> q) {
        return answers(event).stream().filter(a -> q.get("question_id").equals(a.get("question_id"))).count();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> distribution(Map<String, Object> reveal) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Object e : (List<Object>) reveal.get("distribution")) {
            Map<String, Object> entry = (Map<String, Object>) e;
            counts.put((String) entry.get("answer"), (Integer) entry.get("count"));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> deltas(GameClient... players) {
        return java.util.Arrays.stream(players).map(p -> {
            Map<String, Object> update = p.next("scores_update");
            return (Integer) ((List<Map<String, Object>>) (Object) update.get("scores")).get(0).get("delta");
        }).toList();
    }
}
