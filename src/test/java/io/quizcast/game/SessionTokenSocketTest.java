package io.quizcast.game;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.common.security.Randomness;
import io.quizcast.common.security.SessionTokenSigner;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Session tokens a pod checks alone (issue 23): a signed token names its participant, but only the token the room
 * (or the database) holds as current opens a socket. A kicked player's token, a token replaced by a rejoin and a
 * token signed with a key the service does not hold are all closed with 4401, over real sockets.
 */
@QuarkusTest
class SessionTokenSocketTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aKickedPlayersTokenCannotReconnect() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        TestEvents.Joined bob = TestEvents.join(event, "Bob");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient b = GameClient.connect("bob", base, event.id(), bob.sessionToken())) {
            host.joinAs(event.host().id());
            b.joinWithSession();
            given().header("Authorization", event.host().bearer())
                    .post("/api/events/" + event.id() + "/participants/" + bob.participantId() + "/remove")
                    .then().statusCode(200);
            assertThat(b.awaitClose()).isEqualTo(4403);
            // the room that knew Bob's token is loaded and running: the same token is refused at once
            try (GameClient again = GameClient.connect("bob-again", base, event.id(), bob.sessionToken())) {
                assertThat(again.awaitClose()).isEqualTo(4401);
            }
            assertThat(host.isClosed()).isFalse();
        }
    }

    @Test
    void aTokenReplacedByARejoinIsRefusedAndTheNewOneWorks() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String device = UUID.randomUUID().toString();
        TestEvents.Joined first = TestEvents.join(event.joinCode(), device, "Ann", null);
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient a = GameClient.connect("ann", base, event.id(), first.sessionToken())) {
            host.joinAs(event.host().id());
            a.joinWithSession();
            // the same phone joins again over REST: a fresh token, the old one stops working
            TestEvents.Joined second = TestEvents.join(event.joinCode(), device, "Ann", null);
            assertThat(second.participantId()).isEqualTo(first.participantId());
            assertThat(second.sessionToken()).isNotEqualTo(first.sessionToken());
            try (GameClient old = GameClient.connect("ann-old", base, event.id(), first.sessionToken())) {
                assertThat(old.awaitClose()).isEqualTo(4401);
            }
            try (GameClient fresh = GameClient.connect("ann-new", base, event.id(), second.sessionToken())) {
                assertThat(fresh.joinWithSession()).containsKey("you");
                assertThat(a.awaitClose()).isEqualTo(4409);
            }
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        TestEvents.Joined cat = TestEvents.join(event, "Cat");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient c = GameClient.connect("cat", base, event.id(), cat.sessionToken())) {
            host.joinAs(event.host().id());
            c.joinWithSession();
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            String forged = new SessionTokenSigner(List.of("1:" + Base64.getEncoder().encodeToString(secret)),
                    new Randomness()).issue(cat.participantId(), event.id());
            try (GameClient impostor = GameClient.connect("impostor", base, event.id(), forged)) {
                assertThat(impostor.awaitClose()).isEqualTo(4401);
            }
            c.send(Map.of("type", "ping"));
            assertThat(c.isClosed()).isFalse();
        }
    }
}
