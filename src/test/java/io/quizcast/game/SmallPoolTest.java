package io.quizcast.game;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * More events than pooled connections ending their rounds at once: a turn's transaction holds one connection, and
 * must never wait for a second (the round's rankings, the reveal's zero-fill), or the pool deadlocks until the
 * idle-in-transaction limit kills the transactions (found by the many-events bench: 100 events, 30 connections).
 */
@QuarkusTest
@TestProfile(SmallPoolTest.TwoConnections.class)
class SmallPoolTest {

    /** A pool of two connections for three events. */
    public static class TwoConnections implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "2");
        }
    }

    private static final int EVENTS = 3;

    @TestHTTPResource("/")
    URI base;

    @Test
    void threeEventsRevealAndEndTheirRoundsAtOnceOnTwoConnections() {
        List<GameClient> clients = new ArrayList<>();
        List<GameClient> hosts = new ArrayList<>();
        List<GameClient> players = new ArrayList<>();
        try {
            for (int i = 0; i < EVENTS; i++) {
                CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                        Map.of("title", "Small pool " + i, "time_per_question", 60));
                UUID segment = TestEvents.createSegment(event, "Host", null);
                TestEvents.createQuestion(event, segment, "Only?", "Yes", List.of("No"));
                Joined player = TestEvents.join(event, "Player");
                GameClient host = GameClient.connect("host-" + i, base, event.id(), event.host().token());
                GameClient p = GameClient.connect("player-" + i, base, event.id(), player.sessionToken());
                clients.add(host);
                clients.add(p);
                host.joinAs(event.host().id());
                p.joinWithSession();
                host.send(Map.of("type", "start_game"));
                p.next("question");
                hosts.add(host);
                players.add(p);
            }
            // every host reveals and ends at once: each reveal starts a detached zero-fill, each end's transaction
            // ranks the round
            for (GameClient host : hosts) {
                host.send(Map.of("type", "reveal_answer"));
                host.send(Map.of("type", "end_game"));
            }
            for (int i = 0; i < EVENTS; i++) {
                assertThat(players.get(i).next("reveal").get("distribution")).isNotNull();
                Map<String, Object> complete = players.get(i).nextOf("segment_complete", "event_complete");
                assertThat(complete.get("type")).isIn("segment_complete", "event_complete");
                assertThat(hosts.get(i).errorCount()).as("errors of host %d: %s", i, hosts.get(i).types()).isZero();
            }
        } finally {
            clients.forEach(GameClient::close);
        }
    }
}
