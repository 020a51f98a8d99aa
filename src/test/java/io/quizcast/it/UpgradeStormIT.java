package io.quizcast.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.RawWebSocket;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11, item 7: sockets that go away during the upgrade, during the asynchronous upgrade check, or that never
 * answer the server's close. A storm of them leaves no ERROR in the log, a real client is served right after, and a
 * SIGTERM then drains and exits within the shutdown delay plus a margin, never after the shutdown timeout.
 */
class UpgradeStormIT {

    private static final int STORM = 300;
    private static final int DEAF = 5;

    @RegisterExtension
    static final PackagedService PACKAGED = new PackagedService("it-upgrade-storm");

    @Test
    void socketsThatGoAwayDuringTheUpgradeLeaveNothingBehind() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"), Map.of("title", "Storm"));
        Joined player = TestEvents.join(event, "Player");
        String path = "/api/ws/event/" + event.id() + "?token=" + player.sessionToken();
        URI base = PACKAGED.service().base();

        for (int i = 0; i < STORM; i++) {
            switch (i % 4) {
                case 0 -> abandon(base, path, false, false); // closed right after the request: during the check
                case 1 -> abandon(base, path, false, true); // reset (RST) right after the request
                case 2 -> abandon(base, path, true, false); // closed halfway through the request head
                default -> abandon(base, "/api/ws/event/" + UUID.randomUUID() + "?token=x", false, false);
            }
        }
        // clients that complete the upgrade and then never answer the server's close frame
        List<RawWebSocket> deaf = new ArrayList<>();
        for (int i = 0; i < DEAF; i++) {
            deaf.add(RawWebSocket.connect(base, event.id(), event.host().token(), 1 << 16));
        }

        // a real client is served right after the storm
        try (GameClient host = GameClient.connect("host", base, event.id(), event.host().token())) {
            host.joinAs(event.host().id());
        }

        long start = System.nanoTime();
        int exit = PACKAGED.service().stop();
        long stoppedMs = (System.nanoTime() - start) / 1_000_000;
        deaf.forEach(RawWebSocket::close);
        System.out.printf("UpgradeStormIT: %d abandoned upgrades, %d deaf sockets; SIGTERM to exit %d ms%n", STORM,
                DEAF, stoppedMs);

        String log = Files.readString(PACKAGED.service().log());
        assertThat(exit).as("exit code").isIn(0, 143);
        assertThat(log).as("the service's log").doesNotContain("Timed out waiting for graceful shutdown")
                .doesNotContain("\"level\":\"ERROR\"");
        // the drain (QUARKUS_SHUTDOWN_DELAY=1S here), the deaf sockets cut (quizcast.game.close-timeout, 2 s), then
        // nothing in flight: well under the 10 s shutdown timeout it waited before
        assertThat(log).doesNotContain("Request has already been read");
        assertThat(stoppedMs).as("SIGTERM to exit, ms").isLessThan(8_000);
    }

    /** Sends an upgrade request (all of it, or half) and goes away without waiting for the answer. */
    private static void abandon(URI base, String path, boolean halfway, boolean reset) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            if (reset) {
                socket.setSoLinger(true, 0);
            }
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
            byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
            OutputStream out = socket.getOutputStream();
            out.write(bytes, 0, halfway ? bytes.length / 2 : bytes.length);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
