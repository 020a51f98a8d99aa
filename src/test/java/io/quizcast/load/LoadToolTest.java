package io.quizcast.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizcast.load.floor.FloorOptions;
import io.quizcast.load.floor.FloorServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load tool reports what went wrong instead of hiding it: lost frames, slow acks, a dead server. */
class LoadToolTest {

    private static final String[] SMALL = {"--scenario", "smoke", "--events", "2", "--players", "12", "--questions",
            "2", "--answer-share", "1", "--answer-window-ms", "50", "--step-timeout-ms", "3000", "--account-share",
            "0.25"};

    @Test
    void aCleanGameIsReportedCleanWithEveryFrameAndAnswerCounted() {
        try (FloorServer floor = FloorServer.start(FloorOptions.defaults())) {
            Report report = run(floor, SMALL);

            Map<String, Double> h = report.headline();
            assertThat(report.clean()).as(report.markdown()).isTrue();
            assertThat(h.get("answers_sent")).isEqualTo(2 * 12 * 2.0);
            assertThat(h.get("answers_acked")).isEqualTo(2 * 12 * 2.0);
            assertThat(h.get("lost_frames")).isZero();
            assertThat(report.stats().questions()).hasSize(2)
                    .allSatisfy(q -> assertThat(q.delivery.count()).isEqualTo(2 * (12 + 1)));
            assertThat(report.stats().join.count()).isEqualTo(24);
            assertThat(report.stats().connect.count()).isEqualTo(24);
        }
    }

    @Test
    void slowReadersJoinThenStopReadingAndStayOutOfTheFigures() {
        try (FloorServer floor = FloorServer.start(FloorOptions.defaults())) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(SMALL),
                    java.util.stream.Stream.of("--slow-readers", "3")).toArray(String[]::new);
            Report report = run(floor, args);

            assertThat(report.clean()).as(report.markdown()).isTrue();
            assertThat(report.stats().slowReaders).isEqualTo(2 * 3);
            assertThat(report.headline().get("answers_acked")).isEqualTo(2 * 9 * 2.0);
            assertThat(report.stats().questions())
                    .allSatisfy(q -> assertThat(q.delivery.count()).isEqualTo(2 * (9 + 1)));
            assertThat(report.markdown()).contains("slow readers: 6 of the players");
        }
    }

    @Test
    void aQuestionThatNeverArrivesIsReportedAsLost() {
        try (FloorServer floor = FloorServer.start(new FloorOptions(0, 2, 3, 0))) {
            Report report = run(floor, SMALL);

            assertThat(report.clean()).isFalse();
            // the third socket of each event missed the first question, and so never answered it
            assertThat(report.stats().questions().get(0).questionMissing.get()).isEqualTo(2);
            assertThat(report.stats().questions().get(1).questionMissing.get()).isZero();
            assertThat(report.stats().failures()).anyMatch(f -> f.contains("waiting for question 1"));
            assertThat(report.markdown()).contains("lost frames: 2");
        }
    }

    @Test
    void aSlowAcknowledgementShowsInTheAckLatencies() {
        try (FloorServer floor = FloorServer.start(new FloorOptions(0, 2, 0, 1_500))) {
            Report report = run(floor, SMALL);

            assertThat(report.headline().get("ack_max_ms")).isGreaterThanOrEqualTo(1_500.0);
            assertThat(report.headline().get("ack_p50_ms")).isLessThan(1_000.0);
            assertThat(report.clean()).isTrue();
        }
    }

    @Test
    void aDeadServerFailsWithAClearMessageAndExitCodeTwo() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String target = "http://127.0.0.1:" + port;

        assertThatThrownBy(() -> LoadTool.run("--scenario", "smoke", "--target", target))
                .isInstanceOf(LoadFailure.class).hasMessageContaining("does not answer")
                .hasMessageContaining(target);
        assertThat(LoadTool.execute("--scenario", "smoke", "--target", target)).isEqualTo(2);
    }

    @Test
    void onlyLoopbackTargetsAndBoundedRunsAreAccepted() {
        assertThatThrownBy(() -> LoadOptions.parse("--target", "http://192.0.2.1:8080"))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> LoadOptions.parse("--events", "2", "--players", "10000"))
                .hasMessageContaining("19000 per process");
        assertThatThrownBy(() -> LoadOptions.parse("--players")).hasMessageContaining("--name value");
        assertThat(LoadTool.execute("--scenario", "nope")).isEqualTo(2);
    }

    private static Report run(FloorServer floor, String... args) {
        return new LoadRun(LoadOptions.parse(args).withTarget(java.net.URI.create("http://127.0.0.1:" + floor.port()),
                ProcessHandle.current().pid())).run();
    }
}
