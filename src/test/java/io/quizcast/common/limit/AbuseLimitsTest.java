package io.quizcast.common.limit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.LimitsProfile;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The abuse limits over real HTTP (docs/decisions.md, "Abuse limits"): failed logins slowed per account and per
 * address, codes not found and joins limited, each refusal a 429 {@code rate_limited} with Retry-After, and what
 * is right never counted. Addresses come through X-Forwarded-For from 127.0.0.1, a trusted proxy in this profile.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class AbuseLimitsTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    /** A fresh client address for one test (documentation range 198.18.0.0/15). */
    private static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private static Response login(String from, String username, String password) {
        return given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/api/auth/login");
    }

    private static Response lookUp(String from, String code) {
        return given().header("X-Forwarded-For", from).get("/api/events/join/{code}", code);
    }

    private static Response join(String from, String code, String name) {
        return given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                .body(Map.of("code", code, "deviceFingerprint", UUID.randomUUID().toString(), "display_name", name))
                .post("/api/events/join");
    }

    @Test
    void failedLoginsAreSlowedPerAccountEvenForTheRightPasswordAndFromElsewhere() {
        Account ann = TestAccounts.register("ann");
        String from = address();
        for (int i = 0; i < 3; i++) {
            login(from, ann.username(), "wrong-" + i).then().statusCode(401).body("code", equalTo("unauthorized"));
        }

        Response refused = login(from, ann.username(), TestAccounts.DEFAULT_PASSWORD);
        refused.then().statusCode(429).body("code", equalTo("rate_limited"))
                .body("message", equalTo("Too many failed logins: wait before trying again"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        // the account is slowed wherever the guesses come from
        login(address(), ann.username(), TestAccounts.DEFAULT_PASSWORD).then().statusCode(429);
        // another account is not
        Account ben = TestAccounts.register("ben");
        login(from, ben.username(), TestAccounts.DEFAULT_PASSWORD).then().statusCode(200);
    }

    @Test
    void failedLoginsAreSlowedPerAddressAcrossAccountsAndRightOnesAreNeverCounted() {
        String from = address();
        Account cat = TestAccounts.register("cat");
        for (int i = 0; i < 10; i++) {
            login(from, cat.username(), TestAccounts.DEFAULT_PASSWORD).then().statusCode(200);
        }
        for (int i = 0; i < 5; i++) {
            login(from, "nobody-" + UUID.randomUUID(), "guess").then().statusCode(401);
        }

        login(from, cat.username(), TestAccounts.DEFAULT_PASSWORD).then().statusCode(429)
                .body("code", equalTo("rate_limited"));
        login(address(), cat.username(), TestAccounts.DEFAULT_PASSWORD).then().statusCode(200);
    }

    @Test
    void codesNotFoundAreLimitedPerAddressWhileFoundOnesAreNot() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String from = address();
        for (int i = 0; i < 10; i++) {
            lookUp(from, event.joinCode()).then().statusCode(200);
        }
        for (int i = 0; i < 3; i++) {
            lookUp(from, "ZZZZZ" + i).then().statusCode(404);
        }

        Response refused = lookUp(from, event.joinCode());
        refused.then().statusCode(429).body("code", equalTo("rate_limited"));
        assertThat(refused.header("Retry-After")).isNotNull();
        // guessing by joining is the same look-up
        join(from, event.joinCode(), "Guesser").then().statusCode(429);
        lookUp(address(), event.joinCode()).then().statusCode(200);
    }

    @Test
    void joinsAreLimitedPerAddressAndPerEvent() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String venue = address();
        for (int i = 0; i < 4; i++) {
            join(venue, event.joinCode(), "Phone " + i).then().statusCode(200);
        }
        join(venue, event.joinCode(), "Phone 4").then().statusCode(429).body("code", equalTo("rate_limited"))
                .body("message", equalTo("Too many joins at once: try again in a moment"));

        // the event's own limit counts every address: two more fit, the third is refused
        join(address(), event.joinCode(), "Elsewhere 1").then().statusCode(200);
        join(address(), event.joinCode(), "Elsewhere 2").then().statusCode(200);
        join(address(), event.joinCode(), "Elsewhere 3").then().statusCode(429);
        // another event is not touched by it
        CreatedEvent other = TestEvents.createEvent(TestAccounts.register("host"));
        join(address(), other.joinCode(), "Elsewhere 4").then().statusCode(200);
    }
}
