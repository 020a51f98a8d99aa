package io.quizcast.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.reliability.RestRoutes.Operation;
import io.quizcast.testsupport.ForgedTokens;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, item 3, REST half: every route of rest.md × every kind of caller, with the status the contract gives.
 * A refused call changes nothing (the event, its segments, questions and participants read the same before and
 * after), and no response carries a password hash or another participant's session token.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Who may call a route, as rest.md's "who" column says. */
    enum Access {
        PUBLIC,
        PUBLIC_LINKING,
        AUTH,
        HOST,
        HOST_OR_PRESENTER,
        PARTICIPANT_OR_HOST
    }

    /** The kinds of caller, in the order they call (the allowed ones, which may change things, last). */
    enum Caller {
        NO_TOKEN,
        MALFORMED_TOKEN,
        OTHER_KEY,
        EXPIRED,
        PLAYER,
        OTHER_ACCOUNT,
        PRESENTER,
        HOST
    }

    /** The table: every operation of the OpenAPI document and who may call it. */
    static Stream<Arguments> routes() {
        return TABLE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static final Map<String, Access> TABLE = new LinkedHashMap<>();

    /** Talk-to-quiz routes: without a provider they answer 501 to everyone; AuthorizationMatrixAiTest checks them on. */
    static final List<String> GENERATION = List.of("POST /api/segments/{sid}/audio-chunk",
            "GET /api/segments/{sid}/audio-chunks", "POST /api/segments/{sid}/transcribe",
            "POST /api/segments/{sid}/finalize-and-transcribe", "POST /api/segments/{sid}/generate",
            "GET /api/segments/{sid}/job", "GET /api/segments/{sid}/transcript",
            "GET /api/segments/{sid}/processing-logs", "GET /api/segments/{sid}/drafts",
            "POST /api/segments/{sid}/drafts/approve", "GET /api/jobs/{jid}", "POST /api/jobs/{jid}/cancel",
            "POST /api/jobs/{jid}/retry", "PUT /api/drafts/{did}", "DELETE /api/drafts/{did}",
            "POST /api/drafts/{did}/regenerate");

    static {
        for (String route : List.of("GET /api/health", "POST /api/auth/register", "POST /api/auth/login",
                "GET /api/events/join/{code}",
                "POST /api/events/{idOrCode}/recover-participant",
                "GET /api/events/{id}/participants", "GET /api/events/{id}/leaderboard",
                "GET /api/segments/{sid}/leaderboard", "GET /api/images/{iid}", "GET /api/capabilities")) {
            TABLE.put(route, Access.PUBLIC);
        }
        for (String route : List.of("GET /api/auth/me", "PUT /api/auth/profile", "GET /api/quizzes",
                "POST /api/quizzes", "GET /api/quizzes/{id}", "GET /api/events", "POST /api/events",
                "GET /api/events/{id}", "GET /api/events/{id}/segments", "GET /api/events/{id}/segments/{sid}",
                "GET /api/events/{id}/join/status", "GET /api/events/presented")) {
            TABLE.put(route, Access.AUTH);
        }
        for (String route : List.of("PUT /api/quizzes/{id}", "DELETE /api/quizzes/{id}",
                "POST /api/quizzes/{id}/complete", "POST /api/quizzes/{id}/resume",
                "POST /api/quizzes/{id}/clear-resume",
                "POST /api/quizzes/{id}/questions",
                "POST /api/events/{id}/segments", "PUT /api/quizzes/{id}/questions/{sid}",
                "DELETE /api/quizzes/{id}/questions/{sid}", "PATCH /api/segments/{sid}",
                "POST /api/segments/{sid}/complete", "POST /api/segments/{sid}/resume",
                "POST /api/segments/{sid}/clear-resume", "POST /api/events/{id}/join-as-host",
                "POST /api/events/{id}/join/lock", "POST /api/events/{id}/join/unlock",
                "GET /api/events/{id}/export", "POST /api/events/{id}/participants/{pid}/remove",
                "POST /api/events/{id}/duplicate")) {
            TABLE.put(route, Access.HOST);
        }
        for (String route : List.of("POST /api/segments/{sid}/recording/start",
                "POST /api/segments/{sid}/recording/stop", "GET /api/segments/{sid}/questions",
                "POST /api/segments/{sid}/questions", "POST /api/segments/{sid}/questions/bulk",
                "GET /api/segments/{sid}/questions/export", "POST /api/events/{id}/images",
                "PUT /api/questions/{qid}",
                "DELETE /api/questions/{qid}")) {
            TABLE.put(route, Access.HOST_OR_PRESENTER);
        }
        GENERATION.forEach(route -> TABLE.put(route, Access.HOST_OR_PRESENTER));
        TABLE.put("PATCH /api/events/{id}/participants/{pid}/name", Access.PARTICIPANT_OR_HOST);
        // public, but a Bearer token links the participant to its account: a token that is not valid is a 401
        TABLE.put("POST /api/events/join", Access.PUBLIC_LINKING);
    }

    static Account host;
    private static Account presenter;
    private static Account other;

    CreatedEvent event;
    UUID segment;
    private UUID question;
    private Joined player;
    /** A generation job and a draft of the segment (AuthorizationMatrixAiTest makes them; else ids of none). */
    UUID job = UUID.randomUUID();
    UUID draft = UUID.randomUUID();

    @BeforeEach
    void fixtures() {
        if (host == null) {
            host = TestAccounts.register("host");
            presenter = TestAccounts.register("presenter");
            other = TestAccounts.register("other");
        }
        event = TestEvents.createEvent(host);
        segment = TestEvents.createSegment(event, "Presenter", presenter.id());
        question = TestEvents.createQuestion(event, segment, "Q?", "A", List.of("B"));
        player = TestEvents.join(event, "Player");
    }

    @Test
    void theTableNamesEveryOperationOfTheOpenApiDocument() {
        assertThat(RestRoutes.all()).extracting(Operation::toString)
                .containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("routes")
    void everyCallerGetsTheContractsStatusAndARefusalChangesNothing(String route, Access access) {
        String method = route.substring(0, route.indexOf(' '));
        String template = route.substring(route.indexOf(' ') + 1);
        Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
        boolean off = GENERATION.contains(route)
                && !given().get("/api/capabilities").then().extract().<Boolean>path("generation.enabled");
        for (Caller caller : Caller.values()) {
            if (off) {
                Response response = call(caller, method, template);
                assertThat(response.statusCode()).as(route + " by " + caller + ", generation off").isEqualTo(501);
                assertThat(response.<String>path("code")).isEqualTo("not_supported");
                statuses.put(caller, 501);
                continue;
            }
            Expect expect = expected(access, caller);
            String before = expect == Expect.ALLOWED ? null : snapshot();
            Response response = call(caller, method, template);
            int status = response.statusCode();
            statuses.put(caller, status);
            String body = response.asString();
            assertThat(body).as(route + " by " + caller + ": no password hash").doesNotContainIgnoringCase("password")
                    .doesNotContain("$2a$").doesNotContain("$2b$");
            if (!template.contains("join") && !template.contains("recover")) {
                assertThat(body).as(route + " by " + caller + ": no session token")
                        .doesNotContain(player.sessionToken());
            }
            switch (expect) {
                case UNAUTHORIZED -> assertThat(status).as(route + " by " + caller + ": " + body).isEqualTo(401);
                case FORBIDDEN -> assertThat(status).as(route + " by " + caller + ": " + body).isEqualTo(403);
                case ALLOWED -> assertThat(status).as(route + " by " + caller + ": " + body)
                        .isNotIn(401, 403).isLessThan(500);
            }
            if (status >= 400) {
                assertThat(HostileHttpTest.hasErrorShape(response)).as(route + " by " + caller + ": " + body).isTrue();
            }
            if (before != null) {
                assertThat(snapshot()).as(route + " by " + caller + " changed something").isEqualTo(before);
            }
        }
        System.out.printf("AuthorizationMatrixTest: %-55s %-20s %s%n", route, access, statuses);
    }

    /** What the contract gives a caller on a route. */
    enum Expect {
        UNAUTHORIZED,
        FORBIDDEN,
        ALLOWED
    }

    static Expect expected(Access access, Caller caller) {
        if (access == Access.PUBLIC) {
            // a public route ignores the token (a stale one must not lock a player out of the event's pages)
            return Expect.ALLOWED;
        }
        if (access == Access.PUBLIC_LINKING) {
            return switch (caller) {
                case MALFORMED_TOKEN, OTHER_KEY, EXPIRED -> Expect.UNAUTHORIZED;
                default -> Expect.ALLOWED;
            };
        }
        return switch (caller) {
            case NO_TOKEN, MALFORMED_TOKEN, OTHER_KEY, EXPIRED -> Expect.UNAUTHORIZED;
            // a participant session token is not an account token: on account routes it is not a valid token
            case PLAYER -> access == Access.PARTICIPANT_OR_HOST ? Expect.ALLOWED : Expect.UNAUTHORIZED;
            case OTHER_ACCOUNT -> access == Access.AUTH ? Expect.ALLOWED : Expect.FORBIDDEN;
            case PRESENTER -> access == Access.AUTH || access == Access.HOST_OR_PRESENTER ? Expect.ALLOWED
                    : Expect.FORBIDDEN;
            case HOST -> Expect.ALLOWED;
        };
    }

    private Response call(Caller caller, String method, String template) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(bodyFor(template));
        String token = switch (caller) {
            case NO_TOKEN -> null;
            case MALFORMED_TOKEN -> "not.a.token";
            case OTHER_KEY -> ForgedTokens.otherKey(host.id(), host.username());
            case EXPIRED -> ForgedTokens.expired(host.id(), host.username());
            case PLAYER -> player.sessionToken();
            case OTHER_ACCOUNT -> other.token();
            case PRESENTER -> presenter.token();
            case HOST -> host.token();
        };
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.request(method, pathOf(template));
    }

    private Map<String, Object> bodyFor(String template) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Renamed");
        body.put("presenter_name", "Presenter");
        body.put("question_text", "Another?");
        body.put("correct_answer", "Yes");
        body.put("fake_answers", List.of("No"));
        body.put("questions", List.of(Map.of("question_text", "Bulk?", "correct_answer", "Yes")));
        body.put("display_name", template.contains("recover") ? "Player" : "Someone");
        body.put("code", event.joinCode());
        body.put("deviceFingerprint", UUID.randomUUID().toString());
        body.put("new_device_fingerprint", UUID.randomUUID().toString());
        body.put("username", template.contains("register") ? TestAccounts.uniqueUsername("new") : presenter.username());
        body.put("password", TestAccounts.DEFAULT_PASSWORD);
        return body;
    }

    private String pathOf(String template) {
        return template.replace("{jid}", job.toString()).replace("{did}", draft.toString())
                .replace("{idOrCode}", event.id().toString()).replace("{id}", event.id().toString())
                .replace("{code}", event.joinCode()).replace("{sid}", segment.toString())
                .replace("{qid}", question.toString()).replace("{pid}", player.participantId().toString())
                .replace("{iid}", UUID.randomUUID().toString());
    }

    /** What a refused call must leave as it was, read by the host. */
    private String snapshot() {
        List<String> parts = new ArrayList<>();
        for (String path : List.of("/api/quizzes/" + event.id(), "/api/events/" + event.id() + "/segments",
                "/api/segments/" + segment + "/questions", "/api/events/" + event.id() + "/participants",
                "/api/events/" + event.id() + "/join/status", "/api/auth/me", "/api/segments/" + segment + "/drafts",
                "/api/segments/" + segment + "/audio-chunks")) {
            Response response = given().header("Authorization", host.bearer()).get(path);
            parts.add(response.statusCode() + " " + response.asString());
        }
        return String.join("\n", parts);
    }
}
