package io.quizcast.game;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.game.room.Hub;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rooms do not live forever: a finished event with no sockets leaves memory, and a deleted one closes its sockets. */
@QuarkusTest
class RoomEvictionTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Hub hub;

    @Test
    void aFinishedEventsRoomIsEvictedOnceItsSocketsAreGone() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Only?", "Yes", List.of("No"));
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient p = GameClient.connect("p", base, event.id(),
                        TestEvents.join(event, "Player").sessionToken())) {
            host.joinAs(event.host().id());
            p.joinWithSession();
            host.send(Map.of("type", "start_game"));
            host.next("question");
            host.send(Map.of("type", "end_game"));
            host.next("mega_quiz_ready");
            host.send(Map.of("type", "skip_mega_quiz"));
            p.next("event_complete");

            hub.evictIdle();
            assertThat(hub.existingRoom(event.id())).as("sockets still open").isNotNull();
        }
        await().untilAsserted(() -> {
            hub.evictIdle();
            assertThat(hub.existingRoom(event.id())).isNull();
        });

        try (GameClient again = GameClient.connect("again", base, event.id(), event.host().token())) {
            Map<String, Object> connected = again.joinAs(event.host().id());
            assertThat(connected.get("current_phase")).isEqualTo("event_complete");
        }
    }

    @Test
    void deletingAnEventClosesItsSocketsAndDropsItsRoom() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient observer = GameClient.connect("observer", base, event.id(), null)) {
            host.joinAs(event.host().id());

            given().auth().oauth2(event.host().token()).delete("/api/quizzes/" + event.id()).then().statusCode(204);

            assertThat(host.awaitClose()).isEqualTo(4404);
            assertThat(observer.awaitClose()).isEqualTo(4404);
            await().untilAsserted(() -> assertThat(hub.existingRoom(event.id())).isNull());
        }
    }

    @Test
    void aSessionTokenOfADeletedEventIsUpgradedThenClosedAsTheEventsSocketsWere() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String token = TestEvents.join(event, "Player").sessionToken();
        given().auth().oauth2(event.host().token()).delete("/api/quizzes/" + event.id()).then().statusCode(204);

        // the token's signature vouches for the event, so the upgrade does not wait for the room: the open does
        try (GameClient player = GameClient.connect("player", base, event.id(), token)) {
            assertThat(player.awaitClose()).isEqualTo(4404);
        }
        assertThat(hub.existingRoom(event.id())).isNull();
    }
}
