package io.quizcast.game;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The presenter role moving around: select, start presenting, REST recording stop, pass, override, reopen. */
@QuarkusTest
class PresenterRotationTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void thePresenterRolePassesAlongAndEveryoneIsTold() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Account pat = TestAccounts.register("pat");
        Account sam = TestAccounts.register("sam");
        try (GameClient host = client("host", event, event.host());
                GameClient p = client("pat", event, pat);
                GameClient s = client("sam", event, sam)) {
            // the host picks Pat; only Pat may then start presenting
            host.send(Map.of("type", "select_presenter", "presenter_user_id", pat.id().toString()));
            for (GameClient c : List.of(host, p, s)) {
                Map<String, Object> selected = c.next("presenter_selected");
                assertThat(selected.get("presenter_id")).isEqualTo(pat.id().toString());
                assertThat(selected.get("presenter_name")).isEqualTo("pat");
                assertThat(selected.get("is_first_presenter")).isEqualTo(true);
            }
            s.send(Map.of("type", "start_presentation"));
            s.nextError("forbidden");
            p.send(Map.of("type", "start_presentation", "title", "Volcanoes"));
            Map<String, Object> started = s.next("presentation_started");
            assertThat(started.get("presenter_id")).isEqualTo(pat.id().toString());
            UUID segment = UUID.fromString((String) started.get("segment_id"));
            given().header("Authorization", pat.bearer()).get("/api/events/" + event.id() + "/segments/" + segment)
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("recording"))
                    .body("title", org.hamcrest.Matchers.equalTo("Volcanoes"))
                    .body("presenter_user_id", org.hamcrest.Matchers.equalTo(pat.id().toString()));

            // recording stops with no questions, then with one
            given().header("Authorization", pat.bearer()).post("/api/segments/" + segment + "/recording/stop")
                    .then().statusCode(200);
            Map<String, Object> none = s.next("no_questions_generated");
            assertThat(none.get("segment_id")).isEqualTo(segment.toString());
            given().header("Authorization", pat.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("question_text", "Hot?", "correct_answer", "Yes", "fake_answers", List.of("No")))
                    .post("/api/segments/" + segment + "/questions").then().statusCode(201);
            given().header("Authorization", pat.bearer()).post("/api/segments/" + segment + "/recording/stop")
                    .then().statusCode(200);
            assertThat(s.next("quiz_ready").get("questions_count")).isEqualTo(1);

            // Pat may not select itself, but passes the role to Sam; the host overrides back to Pat
            p.send(Map.of("type", "select_presenter", "presenter_user_id", pat.id().toString()));
            p.nextError("forbidden");
            p.send(Map.of("type", "pass_presenter", "next_presenter_user_id", sam.id().toString()));
            Map<String, Object> changed = host.next("presenter_changed");
            assertThat(changed.get("previous_presenter_id")).isEqualTo(pat.id().toString());
            assertThat(changed.get("new_presenter_id")).isEqualTo(sam.id().toString());
            assertThat(changed.get("segment_id")).isEqualTo(segment.toString());
            assertThat(s.next("presenter_changed").get("new_presenter_id")).isEqualTo(sam.id().toString());
            host.send(Map.of("type", "admin_select_presenter", "presenter_user_id", pat.id().toString(),
                    "segment_id", segment.toString()));
            assertThat(s.next("presenter_changed").get("new_presenter_id")).isEqualTo(pat.id().toString());
            host.send(Map.of("type", "select_presenter", "presenter_user_id", UUID.randomUUID().toString()));
            host.nextError("not_found");

            // the segment runs and completes; the host reopens it
            p.send(Map.of("type", "start_game", "segment_id", segment.toString()));
            s.next("question");
            host.send(Map.of("type", "end_game"));
            s.next("segment_complete");
            host.send(Map.of("type", "resume_segment", "segment_id", segment.toString()));
            Map<String, Object> phase = s.next("phase_changed");
            while (!"not_started".equals(phase.get("phase"))) {
                phase = s.next("phase_changed");
            }
            assertThat(phase.get("segment_id")).isEqualTo(segment.toString());
            given().header("Authorization", pat.bearer()).get("/api/events/" + event.id() + "/segments/" + segment)
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("quizzing"))
                    // reopened for good: the clients' "ended accidentally?" controls go away (issue 18, defect 4)
                    .body("previous_status", org.hamcrest.Matchers.nullValue());
            host.next("phase_changed");
            p.next("phase_changed");
            List<String> afterSelection = List.of("presentation_started", "no_questions_generated", "quiz_ready");
            List<String> segmentRun = List.of("presenter_changed", "presenter_changed", "game_started", "phase_changed",
                    "question", "game_ended", "phase_changed", "segment_complete", "phase_changed", "mega_quiz_ready",
                    "phase_changed");
            assertThat(host.flow()).containsExactlyElementsOf(concat(List.of("connected", "participant_joined",
                    "participant_joined", "presenter_selected"), afterSelection, segmentRun.subList(0, 2),
                    List.of("error"),
                    segmentRun.subList(2, segmentRun.size())));
            assertThat(p.flow()).containsExactlyElementsOf(concat(List.of("connected", "participant_joined",
                    "presenter_selected"), afterSelection, List.of("error"), segmentRun));
            assertThat(s.flow()).containsExactlyElementsOf(concat(List.of("connected", "presenter_selected", "error"),
                    afterSelection, segmentRun));
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private GameClient client(String name, CreatedEvent event, Account account) {
        GameClient client = GameClient.connect(name, base, event.id(), account.token());
        client.joinAs(account.id());
        return client;
    }
}
