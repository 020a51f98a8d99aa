package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import java.net.URI;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameLimitsTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aFloodingClientIsToldToSlowDownThenClosedWith4429() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined player = TestEvents.join(event, "Flood");
        try (GameClient client = GameClient.connect("flood", base, event.id(), player.sessionToken())) {
            // the burst (40) passes, then every frame over the rate is refused, and after 20 refusals in a row it closes
            for (int i = 0; i < 120 && !client.isClosed(); i++) {
                client.sendRaw("{\"type\":\"pong\"}");
            }
            client.nextError("rate_limited");
            assertThat(client.awaitClose()).isEqualTo(4429);
        }
    }

    @Test
    void aFrameBeyondTheHardLimitClosesTheSocketWith1009() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined player = TestEvents.join(event, "Huge");
        try (GameClient client = GameClient.connect("huge", base, event.id(), player.sessionToken())) {
            client.sendRaw("{\"type\":\"join\",\"x\":\"" + "y".repeat(70_000) + "\"}");
            assertThat(client.awaitClose()).isEqualTo(1009);
        }
    }
}
