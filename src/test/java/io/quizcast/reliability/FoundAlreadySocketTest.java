package io.quizcast.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
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

/** The socket defects of issue 11's "found already" list: trailing content, binary frames, NUL, a steady flood. */
@QuarkusTest
class FoundAlreadySocketTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aFrameWithContentAfterItsObjectIsABadMessageAndIsNotExecuted() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined player = TestEvents.join(event, "Trailing");
        try (GameClient client = GameClient.connect("trailing", base, event.id(), player.sessionToken())) {
            for (String frame : new String[]{"{\"type\":\"pong\"}}", "{\"type\":\"pong\"}{\"type\":\"pong\"}",
                    "{\"type\":\"join\"} garbage", "{\"type\":\"join\"}{\"type\":\"join\"}", "{\"type\":\"join\"}]",
                    "{\"type\":\"join\",\"type\":\"join\"}"}) {
                client.sendRaw(frame);
                assertThat(client.nextError("bad_message").get("message")).as(frame).isNotNull();
            }
            // nothing was executed: the first connected comes from the first valid join
            assertThat(client.types()).doesNotContain("connected");
            client.joinWithSession();
        }
    }

    @Test
    void aBinaryFrameGetsBadMessageAndTheSocketStaysUsable() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined player = TestEvents.join(event, "Binary");
        try (GameClient client = GameClient.connect("binary", base, event.id(), player.sessionToken());
                GameClient observer = GameClient.connect("observer", base, event.id(), null)) {
            client.sendBinary("{\"type\":\"join\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat((String) client.nextError("bad_message").get("message")).contains("Binary frames");
            observer.sendBinary(new byte[]{0, 1, 2, (byte) 0xff});
            observer.nextError("bad_message");
            client.joinWithSession();
        }
    }

    @Test
    void aNulInAFrameTextFieldIsABadMessage() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            host.send(Map.of("type", "start_presentation", "title", "a\u0000b"));
            assertThat((String) host.nextError("bad_message").get("message")).contains("title")
                    .contains("NUL");
        }
    }

    @Test
    void aBlankIdIsABadMessageNotAMissingOne() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Q?", "A", List.of("B"));
        TestEvents.join(event, "Waiting");
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            // found by HostileFramesTest: Jackson read "" and " " as no segment_id, so this started the round
            for (String blank : new String[]{"", " ", "AAAAAAAAAAAAAAAAAAAAAA=="}) {
                host.send(Map.of("type", "start_game", "segment_id", blank));
                assertThat((String) host.nextError("bad_message").get("message"))
                        .isEqualTo("Field segment_id must be a UUID");
            }
            assertThat(host.types()).doesNotContain("game_started");
        }
    }

    @Test
    void aFloodThatGetsSomeFramesThroughIsStillClosedWith4429() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Joined player = TestEvents.join(event, "Steady");
        try (GameClient client = GameClient.connect("steady", base, event.id(), player.sessionToken())) {
            client.joinWithSession();
            // accepted frames between the refusals used to reset the count: never closed
            List<String> frames = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                frames.add("{\"type\":\"pong\"}");
            }
            client.sendAll(frames).exceptionally(f -> null);
            assertThat(client.awaitClose()).isEqualTo(4429);
            assertThat(client.errorCount()).isBetween(20L, 21L);
            assertThat(client.frames()).filteredOn(f -> "error".equals(f.get("type")))
                    .extracting(f -> f.get("code")).containsOnly("rate_limited");
        }
    }
}
