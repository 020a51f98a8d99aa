package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pings go out on the interval; a socket that stays silent after a ping is closed and counts as gone. */
@QuarkusTest
@TestProfile(HeartbeatTest.FastHeartbeat.class)
class HeartbeatTest {

    /** A one-second heartbeat, so the test does not wait 45 s. */
    public static class FastHeartbeat implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quizcast.game.ping-interval", "1S", "quizcast.game.pong-timeout", "2S");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void aSilentSocketIsClosedAndLeavesWhileAnAnsweringOneStays() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined lively = TestEvents.join(event, "Lively");
        Joined silent = TestEvents.join(event, "Silent");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient l = GameClient.connect("lively", base, event.id(), lively.sessionToken());
                GameClient s = GameClient.connect("silent", base, event.id(), silent.sessionToken()).silent()) {
            host.joinAs(event.host().id());
            l.joinWithSession();
            s.joinWithSession();
            Map<String, Object> ping = s.next("ping");
            assertThat(ping.get("server_time")).isNotNull();

            assertThat(s.awaitClose()).isEqualTo(1000);
            Map<String, Object> left = host.next("participant_left");
            assertThat(left.get("user_id")).isEqualTo(silent.participantId().toString());
            assertThat(left.get("online")).isEqualTo(false);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> !l.isClosed());
            assertThat(l.types()).contains("ping");
        }
    }
}
