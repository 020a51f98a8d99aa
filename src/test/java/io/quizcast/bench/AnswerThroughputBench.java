package io.quizcast.bench;

import io.quizcast.it.ServiceProcess;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Answers per second, acknowledged after commit, against their physical limit measured in the same run:
 * the same three-statement answer transaction sent straight to the same PostgreSQL over JDBC. Run with
 * {@code ./mvnw verify -Pbench}; writes docs/BENCHMARKS.md.
 */
class AnswerThroughputBench {

    private static final int ROOMS = 8;
    private static final int PLAYERS_PER_ROOM = 50;
    private static final int FLOOR_SECONDS = 5;

    @Test
    void answersPerSecondAgainstTheDatabaseFloor() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "bench").toAbsolutePath());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start()) {
            String jdbc = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            ServiceProcess service = new ServiceProcess(jdbc,
                    "postgresql://localhost:" + postgres.getPort() + "/postgres", work);
            try {
                service.start();
                long startupMs = service.readyAfterMs();
                RestAssured.port = service.port();

                // warm-up, discarded: the first answers run in a cold JVM (interpreter, then JIT)
                play(service, ROOMS, PLAYERS_PER_ROOM);
                play(service, 1, 200);
                Result one = play(service, 1, 200);
                Result many = play(service, ROOMS, PLAYERS_PER_ROOM);
                long rss = service.residentMiB();

                double floorSequential = floor(postgres, 1);
                double floorParallel = floor(postgres, 16);
                write(startupMs, rss, one, many, floorSequential, floorParallel);
            } finally {
                service.kill();
                RestAssured.reset();
            }
        }
    }

    /** What one run measured: answers, wall time, and send-to-acknowledgement latencies. */
    record Result(int answers, double seconds, List<Long> latenciesMicros) {

        double perSecond() {
            return answers / seconds;
        }

        long percentileMs(double p) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1000;
        }
    }

    /** {@code rooms} events of {@code players} each; every player answers the open question at once. */
    private Result play(ServiceProcess service, int rooms, int players) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        List<GameClient> clients = new ArrayList<>();
        List<Runnable> answers = new ArrayList<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int r = 0; r < rooms; r++) {
                CreatedEvent event = TestEvents.createEvent(TestAccounts.register("bench"), Map.of("title", "Bench",
                        "time_per_question", 300));
                UUID segment = TestEvents.createSegment(event, "Host", null);
                TestEvents.createQuestion(event, segment, "Fast?", "Yes", List.of("No"));
                GameClient host = GameClient.connect("host", service.base(), event.id(), event.host().token());
                clients.add(host);
                host.joinAs(event.host().id());
                List<GameClient> roomPlayers = new ArrayList<>();
                for (int p = 0; p < players; p++) {
                    Joined joined = TestEvents.join(event, "P" + p);
                    GameClient c = GameClient.connect("p", service.base(), event.id(), joined.sessionToken());
                    c.joinWithSession();
                    clients.add(c);
                    roomPlayers.add(c);
                }
                host.send(Map.of("type", "start_game"));
                for (GameClient c : roomPlayers) {
                    Map<String, Object> q = c.next("question");
                    answers.add(() -> {
                        long sent = System.nanoTime();
                        c.send(Map.of("type", "answer", "question_id", q.get("question_id"), "selected_answer", "Yes"));
                        c.next("answer_received");
                        latencies.add((System.nanoTime() - sent) / 1000);
                    });
                }
            }
            long start = System.nanoTime();
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (Runnable answer : answers) {
                running.add(CompletableFuture.runAsync(answer, threads));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(answers.size(), seconds, latencies);
        } finally {
            clients.forEach(GameClient::close);
            threads.shutdownNow();
        }
    }

    /** The answer transaction straight over JDBC with {@code connections} clients: transactions per second. */
    private double floor(EmbeddedPostgres postgres, int connections) throws Exception {
        UUID event = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        UUID segment = UUID.randomUUID();
        UUID question = UUID.randomUUID();
        List<UUID> players = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("INSERT INTO users (id, username, display_name, email, password_hash) VALUES ('"
                    + host + "', 'floor_" + host.toString().substring(0, 8) + "', 'floor', 'f@x', 'x')");
            c.createStatement().execute("INSERT INTO events (id, host_id, title, join_code) VALUES ('" + event + "', '"
                    + host + "', 'floor', '" + "F"
                    + host.toString().substring(0, 5).toUpperCase().replaceAll("[^A-Z0-9]", "0") + "')");
            c.createStatement().execute("INSERT INTO segments (id, event_id, presenter_name, order_index) VALUES ('"
                    + segment + "', '" + event + "', 'f', 0)");
            c.createStatement()
                    .execute("INSERT INTO questions (id, segment_id, question_text, correct_answer) VALUES ('"
                            + question + "', '" + segment + "', 'q', 'a')");
            // the players exist before the clock starts, as they do in a game
            c.createStatement().execute("INSERT INTO event_participants (id, event_id, device_id, display_name)"
                    + " SELECT gen_random_uuid(), '" + event
                    + "', gen_random_uuid(), 'p' || n FROM generate_series(1, 60000) n");
            try (var rows = c.createStatement()
                    .executeQuery("SELECT id FROM event_participants WHERE event_id = '" + event + "'")) {
                while (rows.next()) {
                    players.add((UUID) rows.getObject(1));
                }
            }
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FLOOR_SECONDS);
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            workers.add(CompletableFuture.runAsync(() -> {
                try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                    c.setAutoCommit(false);
                    // the service's answer statement (GameStore.recordAnswer), with JDBC placeholders
                    PreparedStatement record = c.prepareStatement("""
                            WITH answer AS (
                                INSERT INTO answers (id, segment_id, question_id, participant_id, selected_answer,
                                                     is_correct, response_time_ms, points, answered_at)
                                VALUES (?, ?, ?, ?, 'a', true, 100, 980, now()) RETURNING participant_id),
                            segment_score AS (
                                INSERT INTO segment_scores (id, segment_id, participant_id, score, questions_answered,
                                                            questions_correct, total_response_time_ms)
                                SELECT ?, ?, participant_id, 980, 1, 1, 100 FROM answer
                                ON CONFLICT (segment_id, participant_id) DO UPDATE SET
                                    score = segment_scores.score + EXCLUDED.score,
                                    questions_answered = segment_scores.questions_answered + 1,
                                    questions_correct = segment_scores.questions_correct + EXCLUDED.questions_correct,
                                    total_response_time_ms = segment_scores.total_response_time_ms
                                                             + EXCLUDED.total_response_time_ms)
                            UPDATE event_participants SET total_score = total_score + 980,
                                total_response_time_ms = total_response_time_ms + 100
                            WHERE id = (SELECT participant_id FROM answer)""");
                    while (System.nanoTime() < deadline) {
                        UUID p = players.get(next.getAndIncrement() % players.size());
                        record.setObject(1, UUID.randomUUID());
                        record.setObject(2, segment);
                        record.setObject(3, question);
                        record.setObject(4, p);
                        record.setObject(5, UUID.randomUUID());
                        record.setObject(6, segment);
                        record.executeUpdate();
                        c.commit();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, threads));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        threads.shutdownNow();
        return done.get() / (double) FLOOR_SECONDS;
    }

    private void write(long startupMs, long rssMiB, Result one, Result many, double floorSequential,
            double floorParallel) throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        String report = String.format("""
                # Benchmarks

                Written by `./mvnw verify -Pbench` (`src/test/java/io/quizcast/bench/AnswerThroughputBench.java`) on
                %s: %d cores (%s), %s, Java %s. The service runs as the packaged JVM build in the prod profile
                against an embedded PostgreSQL 15 on the same machine; the clients run in the benchmark's JVM.

                ## Answers acknowledged per second

                An answer counts when its `answer_received` arrives, which the service sends only after the
                answer's own transaction (one statement: insert the answer, upsert the segment score, add to the
                event total) committed. The physical limit is that same transaction sent straight to the same PostgreSQL
                over JDBC, measured in the same run, with one connection (the way one room writes: its
                answers one at a time) and with 16 connections (the way many rooms write).

                | run | answers | answers/s | p50 / p99 send→ack | limit (same run) | ratio |
                |---|---|---|---|---|---|
                | 1 room, 200 players answering at once | %d | %.0f | %d / %d ms | %.0f tx/s (1 connection) | %.2f |
                | %d rooms × %d players at once | %d | %.0f | %d / %d ms | %.0f tx/s (16 connections) | %.2f |

                ## Process

                | figure | value |
                |---|---|
                | start to ready (`/q/health/ready` 200), JVM build | %d ms |
                | resident memory after the runs (%d sockets served) | %d MiB |

                Each run follows an unmeasured warm-up of the same shape. Clients, service and database share the
                machine's 2 cores, so the service's ratio is a floor of what it does on its own hardware.
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpu, memory,
                System.getProperty("java.version"),
                one.answers(), one.perSecond(), one.percentileMs(0.5), one.percentileMs(0.99), floorSequential,
                one.perSecond() / floorSequential,
                ROOMS, PLAYERS_PER_ROOM, many.answers(), many.perSecond(), many.percentileMs(0.5),
                many.percentileMs(0.99), floorParallel, many.perSecond() / floorParallel,
                startupMs, 3 * (ROOMS * (PLAYERS_PER_ROOM + 1) + 201), rssMiB);
        Files.writeString(Path.of("docs", "BENCHMARKS.md"), report);
        System.out.println(report);
    }
}
