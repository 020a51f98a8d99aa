package io.quizcast.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {

    @Inject
    Pool pool;

    @Test
    void jsonExportHasTheEventSegmentsQuestionsParticipantsRankingAndEveryAnswerRow() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Quiz Night: 2026!"));
        UUID segment = TestEvents.createSegment(event, "Ann", null);
        UUID q1 = TestEvents.createQuestion(event, segment, "Q1", "A1", List.of("B1"));
        UUID q2 = TestEvents.createQuestion(event, segment, "Q2", "A2", List.of("B2"));
        Joined alex = TestEvents.join(event, "Alex");
        Joined kim = TestEvents.join(event, "Kim");
        answer(segment, q1, alex, "A1", true, 1500, 950);
        answer(segment, q2, alex, "B2", false, 2500, 0);
        answer(segment, q1, kim, null, false, null, 0);
        Sql.update(pool, "UPDATE event_participants SET total_score = 950, total_response_time_ms = 4000 WHERE id = $1",
                alex.participantId());

        var body = given().header("Authorization", event.host().bearer())
                .get("/api/events/" + event.id() + "/export?format=json")
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"Quiz_Night_2026_results.json\"")
                .body("event.id", equalTo(event.id().toString()))
                .body("segments[0].id", equalTo(segment.toString()))
                .body("segments[0].presenter_name", equalTo("Ann"))
                .body("segments[0].questions.question_text", org.hamcrest.Matchers.contains("Q1", "Q2"))
                .body("participants.display_name", org.hamcrest.Matchers.contains("Alex", "Kim"))
                .body("final_leaderboard[0].display_name", equalTo("Alex"))
                .body("final_leaderboard[0].rank", equalTo(1))
                .body("final_leaderboard[0].score", equalTo(950))
                .body("exported_at", org.hamcrest.Matchers.notNullValue())
                .extract().jsonPath();
        assertThat(body.getList("answers")).hasSize(3);
        assertThat(body.getList("answers.selected_answer")).containsExactlyInAnyOrder("A1", "B2", null);
        assertThat(body.getList("answers.points", Integer.class)).containsExactlyInAnyOrder(950, 0, 0);
        assertThat(body.getMap("answers[0]")).containsKeys("participant_id", "question_id", "selected_answer",
                "is_correct", "response_time_ms", "points");
    }

    @Test
    void csvExportQuotesAwkwardNames() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"), Map.of("title", "symbols"));
        Sql.update(pool, "UPDATE events SET title = '***' WHERE id = $1", event.id());
        Joined comma = TestEvents.join(event, "Smith, John");
        Joined quote = TestEvents.join(event, "The \"Ace\"");
        // a name with a line break cannot come through a join (names are normalised), but the export must
        // still quote whatever the table holds
        Sql.update(pool,
                "INSERT INTO event_participants (id, event_id, device_id, display_name) VALUES ($1, $2, $3, $4)",
                UUID.randomUUID(), event.id(), UUID.randomUUID(), "Two\nLines");
        Sql.update(pool, "UPDATE event_participants SET total_score = 300, is_late_joiner = true WHERE id = $1",
                comma.participantId());
        Sql.update(pool, "UPDATE event_participants SET total_score = 200 WHERE id = $1", quote.participantId());
        String csv = given().header("Authorization", event.host().bearer())
                .get("/api/events/" + event.id() + "/export?format=csv")
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"event_results.csv\"")
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).toList()).containsExactly("Rank", "Display Name", "Score", "Response Time (ms)",
                "Late Joiner");
        assertThat(records.get(1).toList()).containsExactly("1", "Smith, John", "300", "0", "Yes");
        assertThat(records.get(2).toList()).containsExactly("2", "The \"Ace\"", "200", "0", "No");
        assertThat(records.get(3).get(1)).isEqualTo("Two\nLines");
        assertThat(records).hasSize(4);
        assertThat(TestEvents.join(event, "Three\n  Words here").displayName()).isEqualTo("Three Words here");
    }

    @Test
    void exportIsForTheHostOnly() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        given().header("Authorization", TestAccounts.register("x").bearer())
                .get("/api/events/" + event.id() + "/export")
                .then().statusCode(403);
        given().get("/api/events/" + event.id() + "/export").then().statusCode(401);
        given().header("Authorization", event.host().bearer()).get("/api/events/" + event.id() + "/export?format=xml")
                .then().statusCode(422);
    }

    private void answer(UUID segment, UUID question, Joined who, String selected, boolean correct, Integer timeMs,
            int points) {
        Sql.update(pool,
                "INSERT INTO answers (id, segment_id, question_id, participant_id, selected_answer, is_correct,"
                        + " response_time_ms, points) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                UUID.randomUUID(), segment, question, who.participantId(), selected, correct, timeMs, points);
    }
}
