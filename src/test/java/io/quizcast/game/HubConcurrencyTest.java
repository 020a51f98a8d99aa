package io.quizcast.game;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 200 sockets join and leave at once while broadcasts run: no participant is lost or doubled, every live
 * socket gets every broadcast exactly once, and nothing fails.
 */
@QuarkusTest
class HubConcurrencyTest {

    private static final int SOCKETS = 200;
    private static final Duration LONG_WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URI base;

    @Test
    void twoHundredSocketsJoinAndLeaveWhileBroadcastsRun() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined marker = TestEvents.join(event, "Marker");
        List<Joined> joined = new ArrayList<>();
        for (int i = 0; i < SOCKETS; i++) {
            joined.add(TestEvents.join(event, "P" + i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<GameClient> clients = new ArrayList<>();
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());

            long begin = System.nanoTime();
            // all join at once while the host renames the marker (each rename is a broadcast to everyone)
            List<CompletableFuture<GameClient>> connecting = new ArrayList<>();
            for (Joined j : joined) {
                connecting.add(CompletableFuture.supplyAsync(() -> {
                    GameClient c = GameClient.connect(j.displayName(), base, event.id(), j.sessionToken());
                    c.send(Map.of("type", "join"));
                    return c;
                }, threads));
            }
            for (int i = 0; i < 5; i++) {
                rename(event, marker, "During " + i);
            }
            for (CompletableFuture<GameClient> f : connecting) {
                clients.add(f.get(60, TimeUnit.SECONDS));
            }
            for (GameClient c : clients) {
                c.next("connected");
            }
            // the host's own participant is online too
            await().atMost(LONG_WAIT).until(() -> onlineCount(event) == SOCKETS + 1);

            // half leave at once while more broadcasts run; the others must get each broadcast exactly once
            List<GameClient> leaving = clients.subList(0, SOCKETS / 2);
            List<GameClient> staying = clients.subList(SOCKETS / 2, SOCKETS);
            List<CompletableFuture<Void>> leaves = new ArrayList<>();
            for (GameClient c : leaving) {
                leaves.add(CompletableFuture.runAsync(c::close, threads));
            }
            List<String> markers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                markers.add("After " + i);
                rename(event, marker, "After " + i);
            }
            CompletableFuture.allOf(leaves.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            await().atMost(LONG_WAIT).until(() -> onlineCount(event) == SOCKETS / 2 + 1);

            for (GameClient c : staying) {
                await().atMost(LONG_WAIT).until(() -> newNames(c).containsAll(markers));
                List<String> names = newNames(c);
                assertThat(names).as("no broadcast twice").doesNotHaveDuplicates();
                assertThat(names.subList(names.indexOf("After 0"), names.size())).containsExactlyElementsOf(markers);
                assertThat(c.isClosed()).isFalse();
            }
            // presence at scale (200 players > 50): players see no one else arrive, only a coalesced count
            long elapsedSeconds = (System.nanoTime() - begin) / 1_000_000_000L;
            for (GameClient c : staying) {
                assertThat(c.types()).doesNotContain("participant_joined", "participant_left");
                assertThat(c.types().stream().filter("participant_count"::equals).count())
                        .as("at most one participant_count per second").isLessThanOrEqualTo(elapsedSeconds + 2);
                List<?> listed = (List<?>) c.frames().stream().filter(f -> "connected".equals(f.get("type")))
                        .findFirst().orElseThrow().get("participants");
                assertThat(listed).as("a player's connected lists itself and the host").hasSizeBetween(1, 2);
            }
            await().atMost(LONG_WAIT).until(() -> staying.get(0).types().contains("participant_count"));
            assertThat(host.types()).contains("participant_joined", "participant_left");
            var list = given().get("/api/events/" + event.id() + "/participants").then().statusCode(200).extract()
                    .jsonPath();
            // the 200 players, the marker and the host's own participant
            assertThat(list.getList("participant_id")).hasSize(SOCKETS + 2).doesNotHaveDuplicates();
            assertThat(list.getList("findAll { it.online }.participant_id")).hasSize(SOCKETS / 2 + 1);
        } finally {
            clients.forEach(GameClient::close);
            threads.shutdownNow();
        }
    }

    private static void rename(CreatedEvent event, Joined marker, String name) {
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("display_name", name))
                .patch("/api/events/" + event.id() + "/participants/" + marker.participantId() + "/name")
                .then().statusCode(200);
    }

    private static int onlineCount(CreatedEvent event) {
        return given().get("/api/events/" + event.id() + "/participants").then().extract().jsonPath()
                .getList("findAll { it.online }").size();
    }

    private static List<String> newNames(GameClient client) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> f : client.frames()) {
            if ("participant_name_changed".equals(f.get("type"))) {
                names.add((String) f.get("new_name"));
            }
        }
        return names;
    }
}
