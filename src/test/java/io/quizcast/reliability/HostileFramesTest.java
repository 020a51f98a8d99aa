package io.quizcast.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.ErrorLogCapture;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.HostileFrames;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 1: ten thousand hostile frames from the host, an observer and three players against a running
 * game. Every frame gets the contract's error (or a documented close, after which the seat reconnects), the
 * sockets stay usable, the game is unchanged afterwards, nothing leaks, and nothing is logged at ERROR.
 */
@QuarkusTest
@TestProfile(HostileFramesTest.FastSenders.class)
class HostileFramesTest {

    /** Room for pipelined senders (the flood still exceeds it), and no heartbeat pings mid-test. */
    public static class FastSenders implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quizcast.game.rate-limit-per-second", "1000", "quizcast.game.rate-limit-burst", "1000",
                    "quizcast.game.ping-interval", "10M");
        }
    }

    static final int HOSTILE_FRAMES = 10_000;
    static final int FLOOD_FRAMES = 4_000;
    static final int IN_FLIGHT = 8;
    static final Set<String> BAD = Set.of("bad_message");
    static final Set<Integer> DOCUMENTED_CLOSES = Set.of(1009, 4429);

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Test
    void tenThousandHostileFramesEachGetAnErrorAndChangeNothing() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Capital of France?", "Paris", List.of("Lyon", "Nice"));
        TestEvents.createQuestion(event, segment, "2 + 2?", "4", List.of("3", "5"));
        Seat host = new Seat("host", event.id(), event.host().token(), c -> c.joinAs(event.host().id()));
        Seat observer = new Seat("observer", event.id(), null, c -> {
        });
        List<Seat> players = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Joined joined = TestEvents.join(event, "Player " + i);
            players.add(new Seat("player" + i, event.id(), joined.sessionToken(), GameClient::joinWithSession));
        }
        List<Seat> seats = new ArrayList<>(players);
        seats.add(host);
        seats.add(observer);
        host.client.send(Map.of("type", "start_game"));
        Map<String, Object> question = players.get(0).client.next("question");
        for (Seat player : players.subList(1, players.size())) {
            player.client.next("question");
        }
        List<String> stateBefore = gameState(event.id());

        List<HostileFrames.Frame> hostile = new HostileFrames().frames(HOSTILE_FRAMES, 11L);
        List<List<Outgoing>> plans = new ArrayList<>();
        for (int s = 0; s < seats.size(); s++) {
            plans.add(new ArrayList<>());
        }
        for (int i = 0; i < hostile.size(); i++) {
            int s = i % seats.size();
            plans.get(s).add(new Outgoing(hostile.get(i), BAD));
            if (i % 10 == 0) {
                plans.get(s).add(wellFormedFor(seats.get(s), host, observer, i));
            }
        }

        long started = System.nanoTime();
        try (ErrorLogCapture log = ErrorLogCapture.start()) {
            ExecutorService senders = Executors.newFixedThreadPool(seats.size());
            try {
                List<CompletableFuture<Void>> runs = new ArrayList<>();
                for (int s = 0; s < seats.size(); s++) {
                    Seat seat = seats.get(s);
                    List<Outgoing> plan = plans.get(s);
                    runs.add(CompletableFuture.runAsync(() -> seat.drive(plan), senders));
                }
                CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
            } finally {
                senders.shutdownNow();
            }
            players.get(1).flood(FLOOD_FRAMES);
            for (int i = 0; i < 3; i++) {
                players.get(2).tooBig();
            }
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            int sent = seats.stream().mapToInt(s -> s.sent).sum();
            long answered = seats.stream().flatMap(s -> s.history.stream()).mapToLong(GameClient::errorCount).sum();
            int lost = seats.stream().mapToInt(s -> s.lostToClose).sum();
            List<Integer> closes = seats.stream().flatMap(s -> s.closes.stream()).toList();

            // the game is unchanged: same phase, same question, and every player can still answer it once
            assertThat(gameState(event.id())).isEqualTo(stateBefore);
            assertThat(Sql.count(pool, "SELECT count(*) FROM answers WHERE segment_id = $1", segment)).isZero();
            for (Seat player : players) {
                player.client.send(Map.of("type", "answer", "question_id", question.get("question_id"),
                        "selected_answer", "Paris"));
                player.client.next("answer_received");
            }
            host.client.send(Map.of("type", "reveal_answer"));
            Map<String, Object> reveal = observer.client.next("reveal");
            assertThat(reveal.get("correct_answer")).isEqualTo("Paris");
            assertThat(Sql.count(pool, "SELECT count(*) FROM answers WHERE segment_id = $1 AND is_correct",
                    segment)).isEqualTo(players.size());

            for (Seat seat : seats) {
                seat.assertNoLeak();
            }
            assertThat(log.errors()).as("ERROR records while under attack").isEmpty();

            System.out.printf("HostileFramesTest: %d frames sent (%d hostile mutations of %d kinds, %d flood), "
                    + "%d answered with error, %d ended by a documented close %s, %d ms%n", sent, hostile.size(),
                    new HostileFrames().size(), FLOOD_FRAMES, answered, lost, closes, millis);
            assertThat(sent).isGreaterThanOrEqualTo(HOSTILE_FRAMES);
            assertThat(answered + lost).isEqualTo(sent);
            assertThat(closes).contains(4429, 1009).allMatch(DOCUMENTED_CLOSES::contains);
        }
    }

    /** A well-formed contract message this seat may not send now: its error code is known in advance. */
    private static Outgoing wellFormedFor(Seat seat, Seat host, Seat observer, int i) {
        List<Map<String, Object>> frames = HostileFrames.wellFormed(i).stream()
                .filter(f -> !"pong".equals(f.get("type"))).toList();
        Map<String, Object> frame = new java.util.LinkedHashMap<>(frames.get((i / 10) % frames.size()));
        String type = (String) frame.get("type");
        if (seat == host) {
            // the host may command, but these do not fit a question that is showing
            frame = Map.of("type", List.of("show_leaderboard", "start_game", "next_question").get((i / 10) % 3));
            return new Outgoing(HostileFrames.text("out of phase", frame), Set.of("invalid_phase"));
        }
        if (seat == observer) {
            return new Outgoing(HostileFrames.text("observer: " + type, frame), Set.of("forbidden", "not_joined"));
        }
        // a player: every host command is forbidden, a join naming another event too, an answer is stale
        return new Outgoing(HostileFrames.text("player: " + type, frame),
                Set.of(type.equals("answer") ? "stale" : "forbidden"));
    }

    private List<String> gameState(UUID eventId) {
        Row row = Sql.rows(pool, "SELECT segment_id, phase, question_index, question_started_at, paused_reason "
                + "FROM game_states WHERE event_id = $1", eventId).get(0);
        List<String> state = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            state.add(String.valueOf(row.getValue(i)));
        }
        return state;
    }

    /** One frame to send and the error codes the contract gives it (rate_limited is always acceptable). */
    record Outgoing(HostileFrames.Frame frame, Set<String> codes) {
    }

    /** One sender: its socket (replaced after a documented close), what it sent and what came back. */
    final class Seat {

        final String name;
        final UUID eventId;
        final String token;
        final java.util.function.Consumer<GameClient> join;
        final List<GameClient> history = new ArrayList<>();
        final List<Integer> closes = new ArrayList<>();
        GameClient client;
        List<Outgoing> pending = new ArrayList<>();
        int sent;
        int checked;
        int lostToClose;

        Seat(String name, UUID eventId, String token, java.util.function.Consumer<GameClient> join) {
            this.name = name;
            this.eventId = eventId;
            this.token = token;
            this.join = join;
            connect();
        }

        void connect() {
            client = GameClient.connect(name + "#" + history.size(), base, eventId, token);
            history.add(client);
            join.accept(client);
            pending = new ArrayList<>();
            checked = 0;
        }

        void drive(List<Outgoing> plan) {
            for (int i = 0; i < plan.size(); i += IN_FLIGHT) {
                for (Outgoing out : plan.subList(i, Math.min(i + IN_FLIGHT, plan.size()))) {
                    send(out);
                }
                settle();
            }
        }

        void send(Outgoing out) {
            sent++;
            pending.add(out);
            try {
                if (out.frame().isBinary()) {
                    client.sendBinary(out.frame().binary());
                } else {
                    client.sendRaw(out.frame().text());
                }
            } catch (RuntimeException e) {
                // the socket closed under this frame: settle() checks that the close was a documented one
            }
        }

        /** Waits until every pending frame got its error or the socket closed, checks them, reconnects if closed. */
        void settle() {
            GameClient c = client;
            await().alias(name + " waits for " + pending.size() + " errors").atMost(GameClient.WAIT)
                    .pollInterval(Duration.ofMillis(2)).until(() -> c.errorCount() >= pending.size() || c.isClosed());
            List<Map<String, Object>> errors = c.frames().stream().filter(f -> "error".equals(f.get("type")))
                    .toList();
            assertThat(errors.size()).as(name + ": errors vs frames").isLessThanOrEqualTo(pending.size());
            for (int i = checked; i < errors.size(); i++) {
                Outgoing out = pending.get(i);
                Object code = errors.get(i).get("code");
                assertThat(code).as(name + " <- " + out.frame().mutation() + ": " + abbreviate(out.frame()))
                        .isIn(union(out.codes()));
                assertThat((String) errors.get(i).get("message")).isNotBlank();
            }
            checked = errors.size();
            if (c.isClosed()) {
                int code = c.awaitClose();
                assertThat(code).as(name + " closed").isIn(DOCUMENTED_CLOSES);
                closes.add(code);
                lostToClose += pending.size() - errors.size();
                connect();
            }
        }

        void flood(int frames) {
            List<String> flood = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                flood.add("{\"type\":\"pong\"}}");
                pending.add(new Outgoing(new HostileFrames.Frame("flood", flood.get(i), null), BAD));
            }
            sent += frames;
            client.sendAll(flood).exceptionally(f -> null);
            client.awaitClose();
            settle();
        }

        void tooBig() {
            String frame = "{\"type\":\"join\",\"x\":\"" + "y".repeat(HostileFrames.HARD_LIMIT + 5_000) + "\"}";
            send(new Outgoing(new HostileFrames.Frame("beyond the hard limit", frame, null), Set.of()));
            client.awaitClose();
            settle();
        }

        void assertNoLeak() {
            for (GameClient c : history) {
                boolean revealed = false;
                for (Map<String, Object> frame : c.frames()) {
                    revealed |= "reveal".equals(frame.get("type"));
                    String text = frame.toString();
                    assertThat(text).as(name + " got " + frame.get("type")).doesNotContain("session_token",
                            "sessionToken", "password");
                    if (!revealed && !"reveal".equals(frame.get("type"))) {
                        assertThat(text).as(name + " before the reveal").doesNotContain("correct_answer", "is_correct");
                    }
                }
            }
        }
    }

    private static Set<String> union(Set<String> codes) {
        Set<String> all = new java.util.HashSet<>(codes);
        all.add("rate_limited");
        return all;
    }

    private static String abbreviate(HostileFrames.Frame frame) {
        String text = frame.isBinary() ? "<binary " + frame.binary().length + " bytes>" : frame.text();
        return text.length() > 120 ? text.substring(0, 120) + "... (" + text.length() + " chars)" : text;
    }
}
