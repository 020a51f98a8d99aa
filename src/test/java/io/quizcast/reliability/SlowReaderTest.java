package io.quizcast.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.RawWebSocket;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A player that stops reading (and still sends, as a frozen tab on a slow link does) while broadcasts go on: its
 * sends not yet written (past the kernel's buffers, see {@code TestSendBuffer}) reach
 * {@code quizcast.game.max-pending-sends}, it is closed with 1008 and gets nothing more, and a normal player of the
 * same event gets every broadcast, each exactly once, in time.
 */
@QuarkusTest
class SlowReaderTest {

    private static final int RENAMERS = 8;
    private static final int ROUND = 80;
    private static final int MOST_RENAMES = 4_000;
    private static final Pattern CLOSED = Pattern
            .compile("quizcast_sockets_closed_total\\{reason=\"slow_reader\"[^}]*\\} ([0-9.]+)");

    @TestHTTPResource("/")
    URI base;

    @Test
    void aReaderTooSlowIsClosedWith1008AndTheOthersGetEveryMessage() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        List<Joined> markers = new ArrayList<>();
        for (int i = 0; i < RENAMERS; i++) {
            markers.add(TestEvents.join(event, "Marker " + i));
        }
        Joined normal = TestEvents.join(event, "Normal");
        Joined slow = TestEvents.join(event, "Slow");
        double closedBefore = slowReadersClosed();
        ExecutorService threads = Executors.newFixedThreadPool(RENAMERS);
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token());
                GameClient player = GameClient.connect("normal", base, event.id(), normal.sessionToken());
                RawWebSocket stalled = RawWebSocket.connect(base, event.id(), slow.sessionToken(), 4096)) {
            host.joinAs(event.host().id());
            player.joinWithSession();
            stalled.sendText("{\"type\":\"join\"}");
            stalled.readUntil("\"type\":\"connected\"");
            // from here on the slow player reads nothing (it still sends, so the heartbeat keeps it), while renames
            // are broadcast to everyone
            List<String> sent = new ArrayList<>();
            long begin = System.nanoTime();
            while (slowReadersClosed() == closedBefore) {
                assertThat(sent.size()).as("renames before the slow reader is closed").isLessThan(MOST_RENAMES);
                sent.addAll(renameRound(threads, event, markers, sent.size()));
                stalled.sendText("{\"type\":\"pong\"}");
            }
            long closedAfterMs = (System.nanoTime() - begin) / 1_000_000;

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> names(player).size() >= sent.size());
            assertThat(names(player)).as("the normal player got every broadcast once")
                    .containsExactlyInAnyOrderElementsOf(sent);
            assertThat(player.isClosed()).isFalse();

            // once it reads again, the slow player finds the close frame after what was written before the cap
            RawWebSocket.Frame close = stalled.readUntilClose();
            assertThat(close.closeCode()).isEqualTo(1008);
            assertThat(close.text()).isEqualTo("too slow to read");
            Map<String, Object> left = host.next("participant_left");
            assertThat(left.get("user_id")).isEqualTo(slow.participantId().toString());
            System.out.printf("slow reader: closed with 1008 after %d renames in %d ms; the normal player got all%n",
                    sent.size(), closedAfterMs);
        } finally {
            threads.shutdownNow();
        }
    }

    /** {@code ROUND} renames, spread over the markers (one thread each, so no two rename one row at once). */
    private static List<String> renameRound(ExecutorService threads, CreatedEvent event, List<Joined> markers,
            int offset) throws Exception {
        List<CompletableFuture<List<String>>> work = new ArrayList<>();
        for (int m = 0; m < markers.size(); m++) {
            Joined marker = markers.get(m);
            int lane = m;
            work.add(CompletableFuture.supplyAsync(() -> {
                List<String> names = new ArrayList<>();
                for (int i = lane; i < ROUND; i += markers.size()) {
                    String name = "R" + (offset + i) + " " + "x".repeat(40);
                    given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                            .body(Map.of("display_name", name))
                            .patch("/api/events/" + event.id() + "/participants/" + marker.participantId() + "/name")
                            .then().statusCode(200);
                    names.add(name);
                }
                return names;
            }, threads));
        }
        List<String> all = new ArrayList<>();
        for (CompletableFuture<List<String>> f : work) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        return all;
    }

    private static List<String> names(GameClient client) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> f : client.frames()) {
            if ("participant_name_changed".equals(f.get("type"))) {
                names.add((String) f.get("new_name"));
            }
        }
        return names;
    }

    private static double slowReadersClosed() {
        Matcher m = CLOSED.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
