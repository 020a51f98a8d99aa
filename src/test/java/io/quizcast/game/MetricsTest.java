package io.quizcast.game;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics shows the game's meters, and they move when a game is played. */
@QuarkusTest
class MetricsTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void playingMovesTheGameMeters() {
        String before = metrics();
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Q?", "A", List.of("B"));
        Joined player = TestEvents.join(event, "Metered");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("metered", base, event.id(), player.sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            host.send(Map.of("type", "start_game"));
            Map<String, Object> q = p.next("question");
            p.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer", "A"));
            p.next("answer_received");
            p.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer", "A"));
            p.nextError("duplicate");
            p.sendRaw("nonsense");
            p.nextError("bad_message");

            String after = metrics();
            assertThat(value(after, "quizcast_sockets_open")).isGreaterThanOrEqualTo(2);
            assertThat(value(after, "quizcast_events_active")).isGreaterThanOrEqualTo(1);
            assertThat(value(after, "quizcast_rooms")).isGreaterThanOrEqualTo(1);
            assertThat(moved(before, after, "quizcast_answers_total{reason=\"none\",result=\"accepted\"}"))
                    .isEqualTo(1);
            assertThat(moved(before, after, "quizcast_answers_total{reason=\"duplicate\",result=\"rejected\"}"))
                    .isEqualTo(1);
            assertThat(moved(before, after, "quizcast_frames_in_total{type=\"answer\"}")).isEqualTo(2);
            assertThat(moved(before, after, "quizcast_frames_in_total{type=\"invalid\"}")).isEqualTo(1);
            assertThat(moved(before, after, "quizcast_frames_out_total{type=\"question\"}")).isGreaterThanOrEqualTo(2);
            assertThat(moved(before, after, "quizcast_errors_total{code=\"bad_message\"}")).isEqualTo(1);
            assertThat(moved(before, after, "quizcast_answer_commit_seconds_count")).isEqualTo(1);
            assertThat(moved(before, after, "quizcast_broadcast_fanout_seconds_count")).isPositive();
            assertThat(after).contains("sql_pool_active").contains("sql_pool_queue_size");
        }
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double moved(String before, String after, String series) {
        return value(after, series) - value(before, series);
    }

    /** The value of a series ({@code name} or {@code name{labels}}), 0 when it is not there yet. */
    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
