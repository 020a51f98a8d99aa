package io.quizcast.load;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One event of a run, driven by its host: created over REST, then played by the contract (start, each question,
 * answers, reveal, leaderboard, next, end, optionally the mega quiz) while its sockets record what arrived.
 */
final class EventRun {

    final int number;
    private final LoadOptions options;
    private final RunStats stats;
    private final Random random;
    String hostToken;
    String hostUserId;
    String eventId;
    String joinCode;
    GameSocket host;
    final List<GameSocket> players = new ArrayList<>();
    final List<SlowReader> slowReaders = new ArrayList<>();
    final List<String> playerTokens = Collections.synchronizedList(new ArrayList<>());
    // the players with accounts: by player number, the account's token and id (registered before the joins)
    final java.util.Map<Integer, String[]> accounts = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile int slot = -1;
    private CountDownLatch[] questionLatch;
    private CountDownLatch[] revealLatch;
    private CountDownLatch[] leaderboardLatch;
    private CountDownLatch[] answerLatch;
    private final long[] revealSentNanos;
    private final long[] questionAskedNanos;
    private final long[] leaderboardSentNanos;
    private final CompletableFuture<String> hostEnd = new CompletableFuture<>();
    private CountDownLatch eventComplete;

    EventRun(int number, LoadOptions options, RunStats stats) {
        this.number = number;
        this.options = options;
        this.stats = stats;
        this.random = new Random(options.seed() + number);
        this.revealSentNanos = new long[options.slots()];
        this.questionAskedNanos = new long[options.slots()];
        this.leaderboardSentNanos = new long[options.slots()];
    }

    /** Registers the host and creates the event, its segment and its questions. */
    void create(JsonHttp http, String runId) {
        String username = "host-" + runId + "-" + number;
        JsonObject account = http.call(HttpMethod.POST, "/api/auth/register", new JsonObject().put("username", username)
                .put("password", "load-password").put("display_name", "Host " + number), null).ok(201, "register host");
        hostToken = account.getString("token");
        hostUserId = account.getJsonObject("user").getString("id");
        JsonObject event = http.call(HttpMethod.POST, "/api/quizzes", new JsonObject().put("title", "Load " + number)
                .put("time_per_question", options.timePerQuestion()).put("num_fake_answers", 3), hostToken)
                .ok(201, "create event");
        eventId = event.getString("id");
        joinCode = event.getString("join_code");
        String segmentId = http.call(HttpMethod.POST, "/api/quizzes/" + eventId + "/questions",
                new JsonObject().put("presenter_name", "Host " + number).put("title", "Round 1"), hostToken)
                .ok(201, "create segment").getString("id");
        if (options.questions() == 0) {
            return;
        }
        JsonArray questions = new JsonArray();
        for (int q = 0; q < options.questions(); q++) {
            questions.add(new JsonObject().put("question_text", "Question " + (q + 1) + "?")
                    .put("correct_answer", "Right " + q)
                    .put("fake_answers", new JsonArray().add("Wrong A" + q).add("Wrong B" + q).add("Wrong C" + q)));
        }
        JsonObject imported = http.call(HttpMethod.POST, "/api/segments/" + segmentId + "/questions/bulk",
                new JsonObject().put("questions", questions), hostToken).ok(200, "import questions");
        if (imported.getInteger("imported", 0) != options.questions()) {
            throw new LoadFailure("question import stored " + imported.getInteger("imported") + " of "
                    + options.questions() + ": " + imported.encode());
        }
    }

    int slot() {
        return slot;
    }

    QuestionStats stats(int slot) {
        return stats.slot(slot);
    }

    /** Arms the counters once every socket of the event exists. */
    void arm() {
        int sockets = players.size() + 1;
        int slots = options.slots();
        questionLatch = new CountDownLatch[slots];
        revealLatch = new CountDownLatch[slots];
        leaderboardLatch = new CountDownLatch[slots];
        answerLatch = new CountDownLatch[slots];
        for (int s = 0; s < slots; s++) {
            questionLatch[s] = new CountDownLatch(sockets);
            revealLatch[s] = new CountDownLatch(sockets);
            leaderboardLatch[s] = new CountDownLatch(sockets);
        }
        eventComplete = new CountDownLatch(sockets);
    }

    /** Plays the whole game; failures of single steps are recorded and the game goes on where it can. */
    void play() {
        slot = 0;
        questionAskedNanos[0] = System.nanoTime();
        host.send(new JsonObject().put("type", "start_game"));
        if (!await(questionLatch[0], "question 1") && questionLatch[0].getCount() == players.size() + 1) {
            recordMissing(0);
            return; // nobody got the first question: the game did not start
        }
        int last = playRound(0, options.questions());
        slot = last;
        host.send(new JsonObject().put("type", "next_question"));
        String end = waitHostEnd();
        if ("mega".equals(end) && options.megaQuestions() > 0) {
            int first = options.questions();
            slot = first;
            questionAskedNanos[first] = System.nanoTime();
            host.send(new JsonObject().put("type", "start_mega_quiz").put("question_count", options.megaQuestions()));
            if (await(questionLatch[first], "mega question 1")) {
                int megaLast = playRound(first, options.megaQuestions());
                slot = megaLast;
                host.send(new JsonObject().put("type", "next_question"));
            }
        } else if ("mega".equals(end)) {
            host.send(new JsonObject().put("type", "skip_mega_quiz"));
        }
        await(eventComplete, "event_complete");
    }

    /** Plays {@code count} questions from slot {@code first} (the first is already open); returns the last slot. */
    private int playRound(int first, int count) {
        int s = first;
        for (int i = 0; i < count; i++) {
            s = first + i;
            slot = s;
            answer(s);
            revealSentNanos[s] = System.nanoTime();
            host.send(new JsonObject().put("type", "reveal_answer"));
            await(revealLatch[s], "reveal " + (s + 1));
            leaderboardSentNanos[s] = System.nanoTime();
            host.send(new JsonObject().put("type", "show_leaderboard"));
            await(leaderboardLatch[s], "leaderboard " + (s + 1));
            recordMissing(s);
            if (i + 1 < count) {
                slot = s + 1;
                questionAskedNanos[s + 1] = System.nanoTime();
                host.send(new JsonObject().put("type", "next_question"));
                await(questionLatch[s + 1], "question " + (s + 2));
            }
        }
        return s;
    }

    private void answer(int s) {
        if (options.answerShare() <= 0) {
            return;
        }
        List<GameSocket> answering = new ArrayList<>();
        for (GameSocket p : players) {
            if (random.nextDouble() < options.answerShare()) {
                answering.add(p);
            }
        }
        answerLatch[s] = new CountDownLatch(answering.size());
        for (GameSocket p : answering) {
            long think = options.answerWindowMs() <= 0 ? 0 : (long) (random.nextDouble() * options.answerWindowMs());
            if (!p.answerLater(s, think, random)) {
                answerResolved(s, "no_question_received", null);
            }
        }
        if (!await(answerLatch[s], "answers to question " + (s + 1))) {
            stats.slot(s).answersUnresolved.addAndGet((int) answerLatch[s].getCount());
        }
    }

    private String waitHostEnd() {
        try {
            return hostEnd.get(options.stepTimeoutMs(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            stats.failure("event " + number + ": no segment end within " + options.stepTimeoutMs() + " ms");
            return "none";
        }
    }

    private boolean await(CountDownLatch latch, String what) {
        try {
            if (latch.await(options.stepTimeoutMs(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stats.failure("event " + number + ": " + latch.getCount() + " sockets still waiting for " + what + " after "
                + options.stepTimeoutMs() + " ms");
        return false;
    }

    private void recordMissing(int s) {
        QuestionStats q = stats.slot(s);
        for (GameSocket socket : allSockets()) {
            if (!socket.got(s, "question")) {
                q.questionMissing.incrementAndGet();
            }
            if (!socket.got(s, "reveal")) {
                q.revealMissing.incrementAndGet();
            }
            if (!socket.got(s, "leaderboard")) {
                q.leaderboardMissing.incrementAndGet();
            }
            if (!socket.host && !socket.got(s, "scores_update")) {
                q.scoresUpdateMissing.incrementAndGet();
            }
        }
    }

    List<GameSocket> allSockets() {
        List<GameSocket> all = new ArrayList<>(players.size() + 1);
        all.add(host);
        all.addAll(players);
        return all;
    }

    // -- called by the sockets, on their event loops

    void questionReceived(int s, long startedMicros, long receivedMicros, long receivedNanos) {
        stats.slot(s).delivered(startedMicros, receivedMicros);
        stats.slot(s).afterCommand.add((receivedNanos - questionAskedNanos[s]) / 1000);
        CountDownLatch latch = questionLatch[s];
        latch.countDown();
        if (latch.getCount() == 0) {
            stats.slot(s).spread.add(stats.slot(s).lastReceiptMicros.get() - startedMicros);
        }
    }

    void revealReceived(int s, long nanos) {
        stats.slot(s).reveal.add((nanos - revealSentNanos[s]) / 1000);
        revealLatch[s].countDown();
    }

    void leaderboardReceived(int s, long nanos) {
        stats.slot(s).leaderboard.add((nanos - leaderboardSentNanos[s]) / 1000);
        leaderboardLatch[s].countDown();
    }

    void answerAcked(int s, long micros) {
        QuestionStats q = stats.slot(s);
        q.ack.add(micros);
        q.answersAcked.incrementAndGet();
        q.lastAckNanos.accumulateAndGet(System.nanoTime(), Math::max);
        countDownAnswer(s);
    }

    void answerResolved(int s, String code, String message) {
        if (code != null) {
            stats.slot(s).rejected.computeIfAbsent(code, k -> new java.util.concurrent.atomic.AtomicInteger())
                    .incrementAndGet();
            stats.errorFrame(code);
        }
        countDownAnswer(s);
    }

    private void countDownAnswer(int s) {
        CountDownLatch latch = s >= 0 ? answerLatch[s] : null;
        if (latch != null) {
            latch.countDown();
        }
    }

    void errorFrame(String code, String message) {
        stats.errorFrame(code);
        stats.failure("event " + number + ": error frame " + code + ": " + message);
    }

    void segmentComplete(GameSocket socket) {
        // the event's end follows: event_complete, or mega_quiz_ready for the host to decide
    }

    void megaReady(GameSocket socket) {
        if (socket.host) {
            hostEnd.complete("mega");
        }
    }

    void eventComplete(GameSocket socket) {
        if (socket.host) {
            hostEnd.complete("complete");
        }
        eventComplete.countDown();
    }

    void unexpectedClose(int code) {
        stats.closed(code);
    }

    void socketError(Throwable e) {
        stats.failure("event " + number + ": socket error " + e);
    }

    void protocolError(String what) {
        stats.failure("event " + number + ": " + what);
    }
}
