package io.quizcast.leaderboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeaderboardTest {

    @Inject
    Pool pool;

    @Test
    void eventRankingOrdersByScoreThenTimeAndSharesRanksOnTies() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined slow = TestEvents.join(event, "Slow");
        Joined fast = TestEvents.join(event, "Fast");
        Joined tieA = TestEvents.join(event, "TieA");
        Joined tieB = TestEvents.join(event, "TieB");
        score(slow, 900, 5000);
        score(fast, 900, 1200);
        score(tieA, 300, 2000);
        score(tieB, 300, 2000);
        given().get("/api/events/" + event.id() + "/leaderboard").then().statusCode(200)
                .body("username", contains("Fast", "Slow", "TieA", "TieB"))
                .body("rank", contains(1, 2, 3, 3))
                .body("score", contains(900, 900, 300, 300))
                .body("response_time_ms", contains(1200, 5000, 2000, 2000))
                .body("[0].user_id", equalTo(fast.participantId().toString()))
                .body("[0].participant_id", equalTo(fast.participantId().toString()))
                .body("[0].is_present", equalTo(false))
                .body("[0].is_late_joiner", equalTo(false));
        given().get("/api/events/" + event.id() + "/leaderboard?limit=2&offset=1").then().statusCode(200)
                .body("username", contains("Slow", "TieA")).body("rank", contains(2, 3));
        given().get("/api/events/" + event.id() + "/leaderboard?limit=0").then().statusCode(422);
        given().get("/api/events/" + event.id() + "/leaderboard?limit=1001").then().statusCode(422);
        given().get("/api/events/" + UUID.randomUUID() + "/leaderboard").then().statusCode(404);
    }

    @Test
    void theHostAppearsOnlyWhenPlaying() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        TestEvents.join(event, "Player");
        Sql.update(pool,
                "INSERT INTO event_participants (id, event_id, user_id, device_id, display_name, is_host, is_player)"
                        + " VALUES ($1, $2, $3, $4, 'Watching Host', true, false)",
                UUID.randomUUID(), event.id(), event.host().id(),
                UUID.randomUUID());
        given().get("/api/events/" + event.id() + "/leaderboard").then().body("username", contains("Player"));
    }

    @Test
    void segmentRankingListsEveryPlayerWithZeroForThoseWhoNeverAnswered() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ann", null);
        Joined scorer = TestEvents.join(event, "Scorer");
        TestEvents.join(event, "Idle");
        Sql.update(pool, "INSERT INTO segment_scores (id, segment_id, participant_id, score, questions_answered,"
                + " questions_correct, total_response_time_ms) VALUES ($1, $2, $3, 750, 1, 1, 2500)",
                UUID.randomUUID(), segment, scorer.participantId());
        given().get("/api/segments/" + segment + "/leaderboard").then().statusCode(200)
                .body("username", contains("Scorer", "Idle"))
                .body("score", contains(750, 0))
                .body("rank", contains(1, 2));
        given().get("/api/segments/" + UUID.randomUUID() + "/leaderboard").then().statusCode(404);
    }

    @Test
    void aLeaderboardOfAThousandParticipantsIsOneQuery() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Ann", null);
        Sql.update(pool, "INSERT INTO event_participants (id, event_id, device_id, display_name, total_score,"
                + " total_response_time_ms) SELECT gen_random_uuid(), $1, gen_random_uuid(), 'P' || n, n % 97, n"
                + " FROM generate_series(1, 1000) n", event.id());
        Sql.update(pool,
                "INSERT INTO segment_scores (id, segment_id, participant_id, score) SELECT gen_random_uuid(), $1,"
                        + " id, total_score FROM event_participants WHERE event_id = $2",
                segment, event.id());
        Sql.update(pool, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");

        for (String path : new String[]{"/api/events/" + event.id() + "/leaderboard?limit=1000",
                "/api/segments/" + segment + "/leaderboard?limit=1000"}) {
            Sql.update(pool, "SELECT pg_stat_statements_reset()");
            JsonPath body = given().get(path).then().statusCode(200).body("$", hasSize(1000)).extract().jsonPath();
            assertThat(body.getInt("[0].score")).isEqualTo(96);
            long participantQueries = Sql.count(pool, "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements"
                    + " WHERE query ILIKE '%event_participants%' AND query NOT ILIKE '%pg_stat_statements%'");
            assertThat(participantQueries).as("statements reading participants for " + path).isEqualTo(1);
        }
    }

    private void score(Joined joined, int score, long timeMs) {
        Sql.update(pool, "UPDATE event_participants SET total_score = $1, total_response_time_ms = $2 WHERE id = $3",
                score, timeMs, joined.participantId());
    }
}
