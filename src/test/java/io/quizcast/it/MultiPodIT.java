package io.quizcast.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quizcast.it.PackagedServices.Owner;
import io.quizcast.testsupport.AtOnce;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestEvents.Joined;
import io.quizcast.testsupport.TestImages;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several pods (issue 13): processes of the packaged service on one PostgreSQL, one owner per live event in
 * {@code event_owners}. The test plays the ingress: a client the server closes with 1001 (or a crash cuts) connects
 * again to the process the test names as the event's route.
 */
class MultiPodIT {

    private static final String POD_A = "pod-a";
    private static final String POD_B = "pod-b";

    /** Two processes with the default lease (10 s, set explicitly). */
    @Nested
    class TwoPods {

        private static final Duration LEASE = Duration.ofSeconds(10);

        @RegisterExtension
        static final PackagedServices PODS = new PackagedServices("it-multipod",
                Map.of("QUIZCAST_OWNER_LEASE", "10S"), POD_A, POD_B);

        /**
         * Host and six players (one with an account) open their sockets at the same moment, half on A and half on B.
         * The clients closed with 1001 come back on B (the route): within seconds every socket is on B, which owns the
         * event, and a whole round plays there with every answer acknowledged once and stored once.
         */
        @Test
        void socketsOfOneEventOnTwoProcessesConvergeOnOneOwnerAndTheGamePlaysToTheEnd() throws Exception {
            final int questions = 3;
            ServiceProcess a = PODS.service(POD_A);
            ServiceProcess b = PODS.service(POD_B);
            CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                    Map.of("title", "Converge", "time_per_question", 300));
            UUID segment = TestEvents.createSegment(event, "Host", null);
            for (int q = 1; q <= questions; q++) {
                TestEvents.createQuestion(event, segment, "Question " + q + "?", "Right " + q,
                        List.of("Wrong " + q, "Other " + q));
            }
            List<Seat> players = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                players.add(Seat.player(PODS, event, TestEvents.join(event, "Player " + i)));
            }
            Account account = TestAccounts.register("acct");
            players.add(Seat.accountPlayer(PODS, event, account,
                    TestEvents.join(event.joinCode(), UUID.randomUUID().toString(), "Account player",
                            account.bearer())));
            Seat host = Seat.host(PODS, event);
            List<Seat> everyone = new ArrayList<>(List.of(host));
            everyone.addAll(players);
            try {
                Runnable[] connects = new Runnable[everyone.size()];
                for (int i = 0; i < everyone.size(); i++) {
                    Seat seat = everyone.get(i);
                    ServiceProcess pod = i % 2 == 0 ? a : b;
                    connects[i] = () -> seat.connect(pod);
                }
                Instant startedAt = Instant.now();
                long start = System.nanoTime();
                AtOnce.run(connects);
                long connectedMs = (System.nanoTime() - start) / 1_000_000;
                awaitEveryoneOn(PODS, b, everyone, event.id(), code -> code == 1001, Duration.ofSeconds(10));
                long convergedMs = (System.nanoTime() - start) / 1_000_000;
                long firstMoveMs = (everyone.stream().mapToLong(Seat::firstCloseSeenNanos).filter(t -> t != 0).min()
                        .orElse(start) - start) / 1_000_000;
                Owner converged = PODS.owner(event.id());
                assertThat(converged.owner()).as("the owner once converged").isEqualTo(POD_B);
                assertThat(converged.leased()).as("its lease runs").isTrue();
                List<GameClient> openedOnA = new ArrayList<>();
                everyone.forEach(s -> openedOnA.addAll(s.clientsOn(a)));
                assertThat(openedOnA).as("sockets opened on pod-a").hasSize((everyone.size() + 1) / 2);
                for (GameClient c : openedOnA) {
                    assertThat(c.isClosed()).as("a socket left on pod-a").isTrue();
                    assertThat(c.awaitClose()).as("pod-a closes the event's sockets with going away")
                            .isEqualTo(1001);
                }
                int sockets = everyone.stream().mapToInt(s -> s.clients().size()).sum();

                GameClient h = host.client();
                h.send(Map.of("type", "start_game"));
                List<Object> questionIds = new ArrayList<>();
                for (int q = 1; q <= questions; q++) {
                    Object questionId = h.next("question").get("question_id");
                    questionIds.add(questionId);
                    for (int i = 0; i < players.size(); i++) {
                        GameClient c = players.get(i).client();
                        assertThat(c.next("question").get("question_id")).isEqualTo(questionId);
                        c.send(answer(questionId, (i % 2 == 0 ? "Right " : "Wrong ") + q));
                    }
                    for (Seat p : players) {
                        assertThat(p.client().next("answer_received").get("user_id"))
                                .isEqualTo(p.identity().toString());
                    }
                    h.send(Map.of("type", "reveal_answer"));
                    assertThat(counted(h.next("reveal"))).as("answers in the reveal").isEqualTo(players.size());
                    if (q < questions) {
                        h.send(Map.of("type", "next_question"));
                    }
                }
                h.send(Map.of("type", "end_game"));
                h.next("game_ended");
                for (Seat p : players) {
                    p.client().next("game_ended");
                }

                long acknowledged = 0;
                for (Seat p : players) {
                    for (Object questionId : questionIds) {
                        assertThat(p.acks(questionId)).as(p.name() + " acknowledged once for " + questionId)
                                .isEqualTo(1);
                    }
                    assertThat(p.received("error")).as(p.name() + "'s errors").isEmpty();
                    acknowledged += p.acks(null);
                }
                assertThat(PODS.count("""
                        SELECT count(*) FROM answers a JOIN event_participants p ON p.id = a.participant_id
                        WHERE p.event_id = ?""", event.id())).as("stored answers = acknowledged answers")
                        .isEqualTo(acknowledged).isEqualTo((long) players.size() * questions);
                Map<Object, Object> perPlayer = PODS.pairs("""
                        SELECT a.participant_id, count(*) FROM answers a
                        JOIN event_participants p ON p.id = a.participant_id WHERE p.event_id = ?
                        GROUP BY a.participant_id""", event.id());
                assertThat(perPlayer.keySet()).containsExactlyInAnyOrderElementsOf(
                        players.stream().map(Seat::participantId).collect(Collectors.toList()));
                assertThat(perPlayer.values())
                        .allSatisfy(n -> assertThat(((Number) n).longValue()).isEqualTo(questions));
                assertScoresAreTheSumsOfTheirAnswers(PODS, event.id());
                Owner after = PODS.owner(event.id());
                assertThat(after.owner()).as("the owner after the game").isEqualTo(POD_B);
                assertThat(after.epoch()).as("no takeover during the game").isEqualTo(converged.epoch());
                System.out.printf("MultiPodIT converge (from %s): %d clients opened at once (%d on pod-a) in %d ms; "
                        + "first 1001 seen after %d ms; all on pod-b within %d ms, %d sockets opened in all, epoch %d; "
                        + "%d answers acknowledged and stored%n", startedAt, everyone.size(), openedOnA.size(),
                        connectedMs, firstMoveMs, convergedMs, sockets, converged.epoch(), acknowledged);
            } finally {
                everyone.forEach(Seat::close);
            }
        }

        /** An image uploaded to one process is served by the other (it lives in PostgreSQL, not in a process). */
        @Test
        void anImageUploadedToOneProcessIsServedByTheOther() {
            ServiceProcess a = PODS.service(POD_A);
            ServiceProcess b = PODS.service(POD_B);
            CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
            byte[] png = TestImages.of("png", 320, 240);
            String id = given().port(a.port()).header("Authorization", event.host().bearer()).contentType("image/png")
                    .body(png).post("/api/events/" + event.id() + "/images").then().statusCode(201).extract()
                    .path("id");
            io.restassured.response.Response served = given().port(b.port()).get("/api/images/" + id);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.asByteArray()).isEqualTo(png);
            assertThat(served.header("ETag")).isEqualTo(given().port(a.port()).get("/api/images/" + id)
                    .header("ETag"));
        }

        /**
         * kill -9 of the owner the moment the first of four answers sent at once is acknowledged: the clients come
         * back on B, which takes the event over at once (not when the lease runs out); no acknowledged answer is
         * missing, every player is back in the same question and can answer, and the game goes on.
         */
        @Test
        void killingTheOwnerMidQuestionHandsTheEventToTheOtherProcessAtOnce() throws Exception {
            final int playerCount = 8;
            ServiceProcess a = PODS.service(POD_A);
            ServiceProcess b = PODS.service(POD_B);
            CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                    Map.of("title", "Kill", "time_per_question", 300));
            UUID segment = TestEvents.createSegment(event, "Host", null);
            TestEvents.createQuestion(event, segment, "Question 1?", "Right 1", List.of("Wrong 1", "Other 1"));
            TestEvents.createQuestion(event, segment, "Question 2?", "Right 2", List.of("Wrong 2", "Other 2"));
            List<Seat> players = new ArrayList<>();
            for (int i = 0; i < playerCount; i++) {
                players.add(Seat.player(PODS, event, TestEvents.join(event, "Player " + i)));
            }
            Seat host = Seat.host(PODS, event);
            List<Seat> everyone = new ArrayList<>(List.of(host));
            everyone.addAll(players);
            try {
                everyone.forEach(s -> s.connect(a));
                awaitEveryoneOn(PODS, a, everyone, event.id(), code -> false, GameClient.WAIT);
                Owner before = PODS.owner(event.id());

                host.client().send(Map.of("type", "start_game"));
                Object q1 = host.client().next("question").get("question_id");
                players.forEach(p -> p.client().next("question"));
                List<Seat> firstHalf = players.subList(0, playerCount / 2);
                for (Seat p : firstHalf) {
                    p.client().send(answer(q1, "Right 1"));
                }
                await().atMost(GameClient.WAIT).pollInterval(Duration.ofMillis(1))
                        .until(() -> firstHalf.stream().anyMatch(p -> p.acks(q1) > 0));
                long crashAt = System.nanoTime();
                assertThat(a.crash()).as("exit after SIGKILL").isEqualTo(137);
                for (Seat s : everyone) {
                    assertThat(s.client().awaitClose()).as("no close frame from a killed process").isNotIn(1000,
                            1001);
                }
                Set<UUID> ackedBeforeCrash = new HashSet<>();
                for (Seat p : players) {
                    if (p.acks(q1) > 0) {
                        ackedBeforeCrash.add(p.participantId());
                    }
                }
                Map<UUID, String> storedAtCrash = storedAnswers(PODS, event.id(), q1);
                assertThat(storedAtCrash.keySet()).as("no answer acknowledged before the crash is missing")
                        .containsAll(ackedBeforeCrash);

                // the ingress sends everyone to pod-b: the first state_restored there is the takeover
                IntPredicate cut = code -> code != 1000 && code != 1001;
                await().alias("a first state_restored on pod-b").atMost(LEASE).pollInterval(Duration.ofMillis(5))
                        .pollInSameThread().until(() -> {
                            everyone.forEach(s -> s.follow(b, cut));
                            return everyone.stream()
                                    .anyMatch(s -> s.pod() == b && s.client().types().contains("state_restored"));
                        });
                long takeoverMs = (System.nanoTime() - crashAt) / 1_000_000;
                awaitEveryoneOn(PODS, b, everyone, event.id(), cut, GameClient.WAIT);
                long allBackMs = (System.nanoTime() - crashAt) / 1_000_000;
                Owner after = PODS.owner(event.id());
                assertThat(after.epoch()).as("the takeover's epoch").isGreaterThan(before.epoch());
                assertThat(takeoverMs).as("crash to the first state_restored on pod-b, ms (lease %s)", LEASE)
                        .isLessThan(LEASE.toMillis() / 2);

                assertThat(host.client().next("state_restored").get("current_question_id")).isEqualTo(q1);
                Set<String> confirmed = new HashSet<>();
                ackedBeforeCrash.forEach(pid -> confirmed.add(pid + "/" + q1));
                for (Seat p : players) {
                    Map<String, Object> restored = p.client().next("state_restored");
                    assertThat(restored.get("current_question_id")).as(p.name() + " back in").isEqualTo(q1);
                    assertThat(restored.get("current_phase")).isEqualTo("showing_question");
                    assertThat(restored.get("your_answer")).as(p.name() + "'s stored answer")
                            .isEqualTo(storedAtCrash.get(p.participantId()));
                    p.client().send(answer(q1, "Wrong 1"));
                    if (storedAtCrash.containsKey(p.participantId())) {
                        p.client().nextError("duplicate");
                    } else {
                        p.client().next("answer_received");
                    }
                    confirmed.add(p.participantId() + "/" + q1);
                }
                host.client().send(Map.of("type", "reveal_answer"));
                assertThat(counted(host.client().next("reveal"))).isEqualTo(playerCount);
                host.client().send(Map.of("type", "next_question"));
                Object q2 = host.client().next("question").get("question_id");
                for (Seat p : players) {
                    assertThat(p.client().next("question").get("question_id")).isEqualTo(q2);
                    p.client().send(answer(q2, "Right 2"));
                    p.client().next("answer_received");
                    confirmed.add(p.participantId() + "/" + q2);
                }
                for (Seat p : players) {
                    assertThat(p.acks(q1)).as(p.name() + "'s acknowledgements of question 1").isLessThanOrEqualTo(1);
                    assertThat(p.acks(q2)).as(p.name() + "'s acknowledgements of question 2").isEqualTo(1);
                }
                assertThat(storedPairs(PODS, event.id())).as("confirmed answers = stored rows, each once")
                        .containsExactlyInAnyOrderElementsOf(confirmed);
                assertScoresAreTheSumsOfTheirAnswers(PODS, event.id());
                assertThat(PODS.ownerIdOf(event.id())).isEqualTo(POD_B);
                System.out.printf("MultiPodIT kill -9: %d of %d answers acknowledged before the crash, %d stored; "
                        + "crash to the first state_restored on pod-b %d ms, to all %d clients back %d ms "
                        + "(lease %d s); epoch %d -> %d%n", ackedBeforeCrash.size(), firstHalf.size(),
                        storedAtCrash.size(), takeoverMs, everyone.size(), allBackMs, LEASE.toSeconds(),
                        before.epoch(), after.epoch());
            } finally {
                everyone.forEach(Seat::close);
            }
        }

        /**
         * The event runs on A; renames (by the host, by the player itself), a join lock and unlock, a recording stop,
         * then the event's deletion are sent to B. Each reaches the sockets on A, and B takes nothing over.
         */
        @Test
        void restCallsServedByTheOtherProcessReachTheOwnersSockets() throws Exception {
            ServiceProcess a = PODS.service(POD_A);
            ServiceProcess b = PODS.service(POD_B);
            CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                    Map.of("title", "Notices", "time_per_question", 300));
            UUID segment = TestEvents.createSegment(event, "Host", null);
            TestEvents.createQuestion(event, segment, "Question?", "Right", List.of("Wrong"));
            Joined renamed = TestEvents.join(event, "Sam");
            Seat host = Seat.host(PODS, event);
            Seat sam = Seat.player(PODS, event, renamed);
            Seat other = Seat.player(PODS, event, TestEvents.join(event, "Other"));
            List<Seat> everyone = List.of(host, sam, other);
            try {
                everyone.forEach(s -> s.connect(a));
                awaitEveryoneOn(PODS, a, everyone, event.id(), code -> false, GameClient.WAIT);
                Owner owner = PODS.owner(event.id());
                assertThat(owner.owner()).isEqualTo(POD_A);
                String base = "/api/events/" + event.id();

                long renameAt = System.nanoTime();
                given().port(b.port()).header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                        .body(Map.of("display_name", "Renamed on B"))
                        .patch(base + "/participants/" + renamed.participantId() + "/name")
                        .then().statusCode(200).body("display_name", equalTo("Renamed on B"));
                for (Seat s : everyone) {
                    Map<String, Object> changed = s.client().next("participant_name_changed");
                    assertThat(changed.get("user_id")).isEqualTo(renamed.participantId().toString());
                    assertThat(changed.get("old_name")).isEqualTo("Sam");
                    assertThat(changed.get("new_name")).isEqualTo("Renamed on B");
                }
                long renameMs = (System.nanoTime() - renameAt) / 1_000_000;

                // the player renames itself on B with its session token
                given().port(b.port()).header("Authorization", renamed.bearer()).contentType(ContentType.JSON)
                        .body(Map.of("display_name", "Sam again"))
                        .patch(base + "/participants/" + renamed.participantId() + "/name")
                        .then().statusCode(200);
                for (Seat s : everyone) {
                    assertThat(s.client().next("participant_name_changed").get("new_name")).isEqualTo("Sam again");
                }

                long lockAt = System.nanoTime();
                given().port(b.port()).header("Authorization", event.host().bearer()).post(base + "/join/lock")
                        .then().statusCode(200).body("join_locked", equalTo(true));
                for (Seat s : everyone) {
                    Map<String, Object> lock = s.client().next("join_lock_status_changed");
                    assertThat(lock.get("event_id")).isEqualTo(event.id().toString());
                    assertThat(lock.get("join_locked")).isEqualTo(true);
                }
                long lockMs = (System.nanoTime() - lockAt) / 1_000_000;
                given().port(b.port()).header("Authorization", event.host().bearer()).post(base + "/join/unlock")
                        .then().statusCode(200).body("join_locked", equalTo(false));
                for (Seat s : everyone) {
                    assertThat(s.client().next("join_lock_status_changed").get("join_locked")).isEqualTo(false);
                }

                long recordingAt = System.nanoTime();
                given().port(b.port()).header("Authorization", event.host().bearer())
                        .post("/api/segments/" + segment + "/recording/start").then().statusCode(200);
                given().port(b.port()).header("Authorization", event.host().bearer())
                        .post("/api/segments/" + segment + "/recording/stop").then().statusCode(200);
                for (Seat s : everyone) {
                    Map<String, Object> ready = s.client().next("quiz_ready");
                    assertThat(ready.get("segment_id")).isEqualTo(segment.toString());
                    assertThat(ready.get("questions_count")).isEqualTo(1);
                }
                long recordingMs = (System.nanoTime() - recordingAt) / 1_000_000;

                Owner still = PODS.owner(event.id());
                assertThat(still.owner()).as("REST on pod-b takes nothing over").isEqualTo(POD_A);
                assertThat(still.epoch()).isEqualTo(owner.epoch());
                for (Seat s : everyone) {
                    assertThat(s.client().isClosed()).as(s.name() + " still connected to pod-a").isFalse();
                    assertThat(s.clients()).as(s.name() + "'s sockets").hasSize(1);
                }

                long deleteAt = System.nanoTime();
                given().port(b.port()).header("Authorization", event.host().bearer())
                        .delete("/api/quizzes/" + event.id()).then().statusCode(204);
                for (Seat s : everyone) {
                    assertThat(s.client().awaitClose()).as(s.name() + " closed after the deletion").isEqualTo(4404);
                }
                long deleteMs = (System.nanoTime() - deleteAt) / 1_000_000;
                System.out.printf("MultiPodIT notices: served by pod-b, seen on pod-a's %d sockets: rename within %d "
                        + "ms, lock within %d ms, recording start+stop within %d ms, deletion closed them within %d "
                        + "ms%n", everyone.size(), renameMs, lockMs, recordingMs, deleteMs);
            } finally {
                everyone.forEach(Seat::close);
            }
        }

        /**
         * The event's row moves on to pod-b without a notice reaching the owner A (a NOTIFY lost while A's listening
         * connection was down, say), right after A's renewal: A can learn it only from its fenced writes. An answer on
         * A then gets unavailable, never answer_received, nothing is stored, and A closes the event's sockets with
         * 1001. On B the player answers and the reveal counts both players.
         */
        @Test
        void anAnswerAfterTheEpochMovedOnWithoutANoticeIsFencedOut() throws Exception {
            ServiceProcess a = PODS.service(POD_A);
            ServiceProcess b = PODS.service(POD_B);
            CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                    Map.of("title", "Fenced answer", "time_per_question", 300));
            TestEvents.createQuestion(event, TestEvents.createSegment(event, "Host", null), "Question?", "Right",
                    List.of("Wrong", "Other"));
            Seat host = Seat.host(PODS, event);
            Seat fenced = Seat.player(PODS, event, TestEvents.join(event, "Fenced"));
            Seat early = Seat.player(PODS, event, TestEvents.join(event, "Early"));
            List<Seat> everyone = List.of(host, fenced, early);
            try {
                everyone.forEach(s -> s.connect(a));
                awaitEveryoneOn(PODS, a, everyone, event.id(), code -> false, GameClient.WAIT);
                host.client().send(Map.of("type", "start_game"));
                Object question = host.client().next("question").get("question_id");
                fenced.client().next("question");
                early.client().next("question");
                early.client().send(answer(question, "Right"));
                early.client().next("answer_received");

                Owner moved = PODS.handOverSilently(event.id(), POD_B, LEASE);
                GameClient onA = fenced.client();
                onA.send(answer(question, "Wrong"));
                SoftAssertions softly = new SoftAssertions();
                assertFencedOut(softly, onA, "answer_received");
                assertThat(storedAnswers(PODS, event.id(), question)).as("stored answers after the fenced one")
                        .isEqualTo(Map.of(early.participantId(), "Right"));
                assertThat(PODS.owner(event.id()).epoch()).as("the fenced write took nothing back")
                        .isEqualTo(moved.epoch());

                awaitEveryoneOn(PODS, b, everyone, event.id(), code -> code == 1001, GameClient.WAIT);
                assertThat(fenced.client().next("state_restored").get("your_answer")).isNull();
                fenced.client().send(answer(question, "Other"));
                fenced.client().next("answer_received");
                host.client().send(Map.of("type", "reveal_answer"));
                assertThat(counted(host.client().next("reveal"))).isEqualTo(2);
                assertThat(storedAnswers(PODS, event.id(), question)).isEqualTo(
                        Map.of(early.participantId(), "Right", fenced.participantId(), "Other"));
                assertThat(fenced.acks(question)).as("acknowledgements of the fenced player (all from pod-b)")
                        .isEqualTo(1);
                assertScoresAreTheSumsOfTheirAnswers(PODS, event.id());
                softly.assertAll();
            } finally {
                everyone.forEach(Seat::close);
            }
        }

        /**
         * The same for a host command: after the row moved on to pod-b behind A's back, reveal_answer on A gets
         * unavailable and then a close with 1001, and changes nothing (the question stays open in game_states); on B
         * the host reveals.
         */
        @Test
        void aHostCommandAfterTheEpochMovedOnWithoutANoticeIsFencedOut() throws Exception {
            ServiceProcess a = PODS.service(POD_A);
            ServiceProcess b = PODS.service(POD_B);
            CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                    Map.of("title", "Fenced command", "time_per_question", 300));
            TestEvents.createQuestion(event, TestEvents.createSegment(event, "Host", null), "Question?", "Right",
                    List.of("Wrong", "Other"));
            Seat host = Seat.host(PODS, event);
            Seat player = Seat.player(PODS, event, TestEvents.join(event, "Player"));
            List<Seat> everyone = List.of(host, player);
            try {
                everyone.forEach(s -> s.connect(a));
                awaitEveryoneOn(PODS, a, everyone, event.id(), code -> false, GameClient.WAIT);
                host.client().send(Map.of("type", "start_game"));
                Object question = host.client().next("question").get("question_id");
                player.client().next("question");
                player.client().send(answer(question, "Right"));
                player.client().next("answer_received");

                PODS.handOverSilently(event.id(), POD_B, LEASE);
                GameClient hostOnA = host.client();
                hostOnA.send(Map.of("type", "reveal_answer"));
                SoftAssertions softly = new SoftAssertions();
                assertFencedOut(softly, hostOnA, "reveal");
                assertThat(PODS.count("SELECT count(*) FROM game_states WHERE event_id = ? AND phase = ?", event.id(),
                        "showing_question")).as("the question is still open in game_states").isEqualTo(1);
                assertThat(player.client().types()).as("what the player got from A").doesNotContain("reveal");

                awaitEveryoneOn(PODS, b, everyone, event.id(), code -> code == 1001, GameClient.WAIT);
                assertThat(host.client().next("state_restored").get("current_question_id")).isEqualTo(question);
                host.client().send(Map.of("type", "reveal_answer"));
                assertThat(counted(host.client().next("reveal"))).isEqualTo(1);
                player.client().next("reveal");
                softly.assertAll();
            } finally {
                everyone.forEach(Seat::close);
            }
        }
    }

    /** Two processes with a short lease (3 s), for the owner that hangs. */
    @Nested
    class ShortLease {

        private static final Duration LEASE = Duration.ofSeconds(3);

        @RegisterExtension
        static final PackagedServices PODS = new PackagedServices("it-multipod-stale",
                Map.of("QUIZCAST_OWNER_LEASE", "3S"), POD_A, POD_B);

        /**
         * A is the owner with a question open; A hangs (SIGSTOP); a socket of the event arrives at B, which takes
         * the event; a player still on A answers (the frame waits in A's socket buffer); A runs again (SIGCONT). That
         * answer is never acknowledged nor stored (unavailable and/or a close with 1001); the game goes on on B.
         */
        @Test
        void anOwnerThatHungWritesNothingOnceItRunsAgain() throws Exception {
            ServiceProcess a = PODS.service(POD_A);
            ServiceProcess b = PODS.service(POD_B);
            CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                    Map.of("title", "Stale", "time_per_question", 300));
            TestEvents.createQuestion(event, TestEvents.createSegment(event, "Host", null), "Question?", "Right",
                    List.of("Wrong", "Other"));
            Seat host = Seat.host(PODS, event);
            Seat stale = Seat.player(PODS, event, TestEvents.join(event, "Stale"));
            Seat mover = Seat.player(PODS, event, TestEvents.join(event, "Mover"));
            Seat early = Seat.player(PODS, event, TestEvents.join(event, "Early"));
            List<Seat> everyone = List.of(host, stale, mover, early);
            try {
                everyone.forEach(s -> s.connect(a));
                awaitEveryoneOn(PODS, a, everyone, event.id(), code -> false, GameClient.WAIT);
                host.client().send(Map.of("type", "start_game"));
                Object question = host.client().next("question").get("question_id");
                everyone.stream().skip(1).forEach(p -> p.client().next("question"));
                early.client().send(answer(question, "Right"));
                early.client().next("answer_received");
                Owner ownedByA = PODS.owner(event.id());
                assertThat(ownedByA.owner()).isEqualTo(POD_A);
                GameClient staleOnA = stale.client();

                long resumedAt;
                a.pause();
                try {
                    GameClient moverOnB = mover.connect(b);
                    moverOnB.next("connected");
                    assertThat(moverOnB.next("state_restored").get("current_question_id")).isEqualTo(question);
                    Owner ownedByB = PODS.owner(event.id());
                    assertThat(ownedByB.owner()).as("the owner once a socket arrived at pod-b").isEqualTo(POD_B);
                    assertThat(ownedByB.epoch()).isGreaterThan(ownedByA.epoch());
                    // into pod-a's socket buffer: pod-a reads it once it runs again
                    staleOnA.send(answer(question, "Right"));
                } finally {
                    a.resume();
                    resumedAt = System.nanoTime();
                }

                int code = staleOnA.awaitClose();
                long closedMs = (System.nanoTime() - resumedAt) / 1_000_000;
                assertThat(code).as("pod-a closes the socket of the event it lost").isEqualTo(1001);
                List<String> afterPause = staleOnA.types().subList(staleOnA.types().lastIndexOf("question") + 1,
                        staleOnA.types().size());
                assertThat(afterPause).as("what pod-a sent the stale player after it ran again")
                        .doesNotContain("answer_received");
                List<Object> errors = staleOnA.frames().stream().filter(f -> "error".equals(f.get("type")))
                        .map(f -> f.get("code")).collect(Collectors.toList());
                assertThat(errors).as("error codes for the fenced answer")
                        .allSatisfy(c -> assertThat(c).isEqualTo("unavailable"));
                assertThat(PODS.count("SELECT count(*) FROM answers WHERE participant_id = ?", stale.participantId()))
                        .as("answers stored from the stale owner").isZero();

                // the game goes on at pod-b
                mover.client().send(answer(question, "Wrong"));
                mover.client().next("answer_received");
                awaitEveryoneOn(PODS, b, everyone, event.id(), c -> c == 1001, GameClient.WAIT);
                Map<String, Object> restored = stale.client().next("state_restored");
                assertThat(restored.get("current_question_id")).isEqualTo(question);
                assertThat(restored.get("your_answer")).as("nothing stored for the stale player").isNull();
                assertThat(early.client().next("state_restored").get("your_answer")).isEqualTo("Right");
                stale.client().send(answer(question, "Other"));
                stale.client().next("answer_received");
                host.client().send(Map.of("type", "reveal_answer"));
                assertThat(counted(host.client().next("reveal"))).isEqualTo(3);
                assertThat(storedAnswers(PODS, event.id(), question)).as("stored answers")
                        .isEqualTo(Map.of(early.participantId(), "Right", mover.participantId(), "Wrong",
                                stale.participantId(), "Other"));
                assertThat(stale.acks(question)).as("the stale player's acknowledgements (all from pod-b)")
                        .isEqualTo(1);
                assertThat(PODS.ownerIdOf(event.id())).isEqualTo(POD_B);
                System.out.printf("MultiPodIT stale owner: pod-a ran again and closed the stale socket within %d ms "
                        + "(%s); frames it got after the pause: %s%n", closedMs,
                        errors.isEmpty() ? "no error frame" : "errors " + errors, afterPause);
            } finally {
                everyone.forEach(Seat::close);
            }
        }

        /**
         * A hangs in the middle of a game write: the write's transaction has passed the fence (the owner row
         * share-locked until its commit) and A stops before committing. A JDBC session of the test holds that lock
         * the same way, and A is stopped: a socket that arrives at B must still take the event over, at the latest
         * once PostgreSQL ended the stalled transaction (idle for a lease); nobody waits for A to run again.
         */
        @Test
        void aTakeoverDoesNotWaitForTheOpenWriteOfAnOwnerThatHung() throws Exception {
            ServiceProcess a = PODS.service(POD_A);
            ServiceProcess b = PODS.service(POD_B);
            CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                    Map.of("title", "Hung write", "time_per_question", 300));
            TestEvents.createQuestion(event, TestEvents.createSegment(event, "Host", null), "Question?", "Right",
                    List.of("Wrong"));
            Seat host = Seat.host(PODS, event);
            Seat player = Seat.player(PODS, event, TestEvents.join(event, "Player"));
            List<Seat> everyone = List.of(host, player);
            try (Connection hungWrite = PODS.connection()) {
                everyone.forEach(s -> s.connect(a));
                awaitEveryoneOn(PODS, a, everyone, event.id(), code -> false, GameClient.WAIT);
                host.client().send(Map.of("type", "start_game"));
                Object question = host.client().next("question").get("question_id");
                player.client().next("question");
                Owner ownedByA = PODS.owner(event.id());

                // what A's write holds between its fence check and its commit, on a session set up as A's pool sets
                // up its connections (a transaction idle for a lease is ended by PostgreSQL)
                try (var setting = hungWrite.createStatement()) {
                    setting.execute("SET idle_in_transaction_session_timeout = " + LEASE.toMillis());
                }
                hungWrite.setAutoCommit(false);
                try (PreparedStatement fence = hungWrite.prepareStatement(
                        "SELECT epoch FROM event_owners WHERE event_id = ? AND owner = ? AND epoch = ? FOR SHARE")) {
                    fence.setObject(1, event.id());
                    fence.setString(2, POD_A);
                    fence.setLong(3, ownedByA.epoch());
                    try (ResultSet rows = fence.executeQuery()) {
                        assertThat(rows.next()).as("the fence check of A's write").isTrue();
                    }
                }
                a.pause();
                long arrivedAt = System.nanoTime();
                GameClient onB = player.connect(b);
                // the stalled transaction ends a lease after its last statement; the take-over follows
                Duration bound = LEASE.multipliedBy(2);
                try {
                    await().atMost(bound).pollInterval(Duration.ofMillis(10))
                            .until(() -> onB.types().contains("state_restored"));
                } catch (ConditionTimeoutException e) {
                    throw new AssertionError("no takeover by pod-b within " + bound + " while the owner that hung "
                            + "holds its open write; sessions waiting for a lock: " + PODS.count(
                                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"),
                            e);
                }
                long takeoverMs = (System.nanoTime() - arrivedAt) / 1_000_000;
                assertThat(PODS.ownerIdOf(event.id())).isEqualTo(POD_B);
                assertThat(onB.next("state_restored").get("current_question_id")).isEqualTo(question);
                System.out.printf("MultiPodIT hung write: pod-b took the event over in %d ms%n", takeoverMs);
            } finally {
                if (a.isPaused()) {
                    a.resume();
                }
                everyone.forEach(Seat::close);
            }
        }
    }

    /**
     * A client whose last frame was fenced out: it gets an error frame with code unavailable (and no other error),
     * never {@code forbidden} (what the write would have answered), and then the socket is closed with 1001. Soft, so
     * that the test goes on to check what the fenced write left behind.
     */
    private static void assertFencedOut(SoftAssertions softly, GameClient client, String forbidden) {
        try {
            await().atMost(GameClient.WAIT).pollInterval(Duration.ofMillis(10)).until(client::isClosed);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the fenced-out socket is still open; it got " + client.types(), e);
        }
        List<Map<String, Object>> frames = client.frames();
        List<Object> errors = frames.stream().filter(f -> "error".equals(f.get("type"))).map(f -> f.get("code"))
                .collect(Collectors.toList());
        softly.assertThat(client.types()).as("frames of the fenced-out socket").doesNotContain(forbidden);
        softly.assertThat(errors).as("error codes of the fenced-out socket (closed with %d; frames: %s)",
                client.awaitClose(), client.types()).containsExactly("unavailable");
        softly.assertThat(client.awaitClose()).as("close code of the fenced-out socket").isEqualTo(1001);
    }

    private static Map<String, Object> answer(Object questionId, String selected) {
        return Map.of("type", "answer", "question_id", questionId, "selected_answer", selected);
    }

    private static int counted(Map<String, Object> reveal) {
        int counted = 0;
        for (Object entry : (List<?>) reveal.get("distribution")) {
            counted += ((Number) ((Map<?, ?>) entry).get("count")).intValue();
        }
        return counted;
    }

    private static Map<UUID, String> storedAnswers(PackagedServices pods, UUID eventId, Object questionId)
            throws Exception {
        Map<UUID, String> stored = new HashMap<>();
        pods.pairs("""
                SELECT a.participant_id, a.selected_answer FROM answers a
                JOIN event_participants p ON p.id = a.participant_id WHERE p.event_id = ? AND a.question_id = ?""",
                eventId, UUID.fromString(questionId.toString()))
                .forEach((k, v) -> stored.put((UUID) k, (String) v));
        return stored;
    }

    /** The stored answers of the event as "participant/question", one entry per row. */
    private static List<String> storedPairs(PackagedServices pods, UUID eventId) throws Exception {
        List<String> pairs = new ArrayList<>();
        try (var connection = pods.connection(); var query = connection.prepareStatement("""
                SELECT a.participant_id, a.question_id FROM answers a
                JOIN event_participants p ON p.id = a.participant_id WHERE p.event_id = ?""")) {
            query.setObject(1, eventId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    pairs.add(rows.getObject(1) + "/" + rows.getObject(2));
                }
            }
        }
        return pairs;
    }

    private static void assertScoresAreTheSumsOfTheirAnswers(PackagedServices pods, UUID eventId) throws Exception {
        assertThat(pods.count("""
                SELECT count(*) FROM event_participants p WHERE p.event_id = ? AND p.total_score
                    <> (SELECT coalesce(sum(points), 0) FROM answers a WHERE a.participant_id = p.id)""", eventId))
                .as("participants whose total_score is not the sum of their answers' points").isZero();
        assertThat(pods.count("SELECT coalesce(sum(total_score), 0) FROM event_participants WHERE event_id = ?",
                eventId)).as("points scored").isPositive();
    }

    /**
     * Waits until every seat is joined on {@code route} and the event's row names the route's owner id, following
     * the route with every socket closed with a code {@code reconnectOn} accepts (any other close fails the test).
     */
    private static void awaitEveryoneOn(PackagedServices pods, ServiceProcess route, List<Seat> seats, UUID eventId,
            IntPredicate reconnectOn, Duration atMost) {
        String ownerId = pods.ownerIdOf(route);
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(10)).pollInSameThread().until(() -> {
                boolean all = true;
                for (Seat s : seats) {
                    all &= s.follow(route, reconnectOn);
                }
                return all && ownerId.equals(pods.ownerIdOf(eventId));
            });
        } catch (ConditionTimeoutException e) {
            StringBuilder state = new StringBuilder("not every client joined on " + ownerId + " within " + atMost);
            try {
                state.append("; event_owners: ").append(pods.owner(eventId));
            } catch (Exception sql) {
                state.append("; event_owners unreadable: ").append(sql);
            }
            seats.forEach(s -> state.append("\n  ").append(s.describe()));
            throw new AssertionError(state.toString(), e);
        }
    }

    /** One person at the event across the sockets it opens, and the test's ingress for it. */
    static final class Seat {

        private final PackagedServices pods;
        private final String name;
        private final UUID eventId;
        private final String token;
        private final Map<String, Object> join;
        private final UUID identity;
        private final UUID participantId;
        private final List<GameClient> clients = new CopyOnWriteArrayList<>();
        private final List<ServiceProcess> podOfClient = new CopyOnWriteArrayList<>();
        private volatile GameClient current;
        private volatile ServiceProcess currentPod;
        private volatile long firstCloseSeenNanos;

        private Seat(PackagedServices pods, String name, UUID eventId, String token, Map<String, Object> join,
                UUID identity, UUID participantId) {
            this.pods = pods;
            this.name = name;
            this.eventId = eventId;
            this.token = token;
            this.join = join;
            this.identity = identity;
            this.participantId = participantId;
        }

        static Seat host(PackagedServices pods, CreatedEvent event) {
            return new Seat(pods, "host", event.id(), event.host().token(),
                    Map.of("type", "join", "user_id", event.host().id().toString()), event.host().id(), null);
        }

        static Seat player(PackagedServices pods, CreatedEvent event, Joined joined) {
            return new Seat(pods, joined.displayName(), event.id(), joined.sessionToken(), Map.of("type", "join"),
                    joined.participantId(), joined.participantId());
        }

        static Seat accountPlayer(PackagedServices pods, CreatedEvent event, Account account, Joined joined) {
            return new Seat(pods, joined.displayName(), event.id(), account.token(),
                    Map.of("type", "join", "user_id", account.id().toString()), account.id(), joined.participantId());
        }

        String name() {
            return name;
        }

        /** The id that names this person in frames: the account id, else the participant id. */
        UUID identity() {
            return identity;
        }

        UUID participantId() {
            return participantId;
        }

        /** Opens a socket on the pod and sends join (it does not wait for connected). */
        synchronized GameClient connect(ServiceProcess pod) {
            GameClient client = GameClient.connect(name + "#" + clients.size() + "@" + pods.ownerIdOf(pod),
                    pod.base(), eventId, token);
            clients.add(client);
            podOfClient.add(pod);
            current = client;
            currentPod = pod;
            try {
                client.send(join);
            } catch (RuntimeException e) {
                // closed by the server before the join went out (the event moved meanwhile): follow() reconnects
                if (!client.isClosed()) {
                    throw e;
                }
            }
            return client;
        }

        /** The latest socket. */
        GameClient client() {
            return current;
        }

        ServiceProcess pod() {
            return currentPod;
        }

        List<GameClient> clients() {
            return List.copyOf(clients);
        }

        List<GameClient> clientsOn(ServiceProcess pod) {
            List<GameClient> on = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                if (podOfClient.get(i) == pod) {
                    on.add(clients.get(i));
                }
            }
            return on;
        }

        /**
         * The ingress: when the latest socket was closed with a code {@code reconnectOn} accepts, a new one opens on
         * the route (any other close fails). Returns whether the latest socket is open on the route and joined.
         */
        boolean follow(ServiceProcess route, IntPredicate reconnectOn) {
            GameClient client = current;
            if (client.isClosed()) {
                if (firstCloseSeenNanos == 0) {
                    firstCloseSeenNanos = System.nanoTime();
                }
                int code = client.awaitClose();
                if (!reconnectOn.test(code)) {
                    throw new AssertionError(describe() + ": closed with " + code + ", not a code to reconnect on");
                }
                connect(route);
                return false;
            }
            return currentPod == route && client.types().contains("connected");
        }

        /** When {@link #follow} first saw one of its sockets closed (System.nanoTime), or 0. */
        long firstCloseSeenNanos() {
            return firstCloseSeenNanos;
        }

        /** Frames of this type received on any of this person's sockets. */
        List<Map<String, Object>> received(String type) {
            List<Map<String, Object>> received = new ArrayList<>();
            for (GameClient c : clients) {
                for (Map<String, Object> f : c.frames()) {
                    if (type.equals(f.get("type"))) {
                        received.add(f);
                    }
                }
            }
            return received;
        }

        /** This person's own answer_received frames (for the question, or all when null), on any of its sockets. */
        long acks(Object questionId) {
            return received("answer_received").stream().filter(f -> identity.toString().equals(f.get("user_id")))
                    .filter(f -> questionId == null || questionId.equals(f.get("question_id"))).count();
        }

        String describe() {
            StringBuilder text = new StringBuilder(name);
            for (int i = 0; i < clients.size(); i++) {
                GameClient c = clients.get(i);
                text.append(" | ").append(pods.ownerIdOf(podOfClient.get(i))).append(": ")
                        .append(c.isClosed() ? "closed " + c.awaitClose() : "open").append(' ')
                        .append(c.frames().stream().map(f -> "error".equals(f.get("type")) ? "error " + f.get("code")
                                : String.valueOf(f.get("type"))).collect(Collectors.toList()));
            }
            return text.toString();
        }

        void close() {
            clients.forEach(GameClient::close);
        }
    }
}
