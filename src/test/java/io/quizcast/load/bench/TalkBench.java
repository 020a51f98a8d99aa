package io.quizcast.load.bench;

import io.quizcast.it.ServiceProcess;
import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.FakeAiProvider.Reply;
import io.quizcast.testsupport.GenerationFixtures;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 22: the time from a talk's end (finalize-and-transcribe) to its drafts, with the fake provider answering in
 * fixed times, without and with interval generation; the floor is the provider's own time for the work left.
 */
final class TalkBench {

    /** A 10-minute talk in 10-second chunks of Opus at 32 kbit/s. */
    static final int CHUNKS = 60;
    static final int CHUNK_BYTES = 40_000;
    static final int CHUNK_SECONDS = 10;
    /** Interval generation: a take per minute. */
    static final int INTERVAL_CHUNKS = 6;
    /** The fake's speed: speech to text takes 3% of the audio's length; the model answers in 3 s. */
    static final double SPEECH_SHARE = 0.03;
    static final Duration CHAT = Duration.ofSeconds(3);
    static final int RUNS = 3;

    private final int pg;
    private final Path work;
    private final List<String> heap;
    private final HttpClient http = HttpClient.newHttpClient();
    private URI base;

    TalkBench(int pg, Path work, List<String> heap) {
        this.pg = pg;
        this.work = work;
        this.heap = heap;
    }

    String run() throws Exception {
        FakeAiProvider fake = FakeAiProvider.launch();
        fake.speechResponder(call -> Reply.transcript(GenerationFixtures.TALK, seconds(call.bytes()))
                .after(Duration.ofMillis(Math.round(seconds(call.bytes()) * SPEECH_SHARE * 1000))));
        fake.chatResponder(request -> Reply.chat(GenerationFixtures.quiz(5)).after(CHAT));
        ServiceProcess service = new ServiceProcess("jdbc:postgresql://localhost:" + pg + "/postgres",
                "postgresql://localhost:" + pg + "/postgres", work, heap, Map.of(
                        "QUIZCAST_AI_CHAT_BASE_URL", fake.baseUrl(), "QUIZCAST_AI_CHAT_MODEL", "fake-chat",
                        "QUIZCAST_AI_SPEECH_MODEL", "fake-whisper", "QUIZCAST_AI_API_KEY", "bench-key",
                        "QUIZCAST_AI_MAX_JOBS_PER_HOUR", "1000", "QUIZCAST_AI_MAX_JOBS_PER_EVENT", "1000"));
        service.start();
        try {
            base = service.base();
            String token = token();
            long[] whole = new long[RUNS];
            long[] interval = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                whole[i] = talk(token, false);
                interval[i] = talk(token, true);
            }
            double wholeFloor = seconds((long) CHUNKS * CHUNK_BYTES) * SPEECH_SHARE * 1000 + CHAT.toMillis();
            double intervalFloor = seconds((long) INTERVAL_CHUNKS * CHUNK_BYTES) * SPEECH_SHARE * 1000
                    + CHAT.toMillis();
            return table(whole, wholeFloor, interval, intervalFloor);
        } finally {
            service.stop();
            fake.shutdown();
        }
    }

    /** One talk recorded and ended; the milliseconds from finalize to drafts_ready. */
    private long talk(String token, boolean byInterval) throws Exception {
        JsonObject eventBody = new JsonObject().put("title", "Bench talk").put("questions_to_generate", 5);
        if (byInterval) {
            eventBody.put("question_gen_interval_seconds", INTERVAL_CHUNKS * CHUNK_SECONDS);
        }
        String event = post("/api/quizzes", eventBody, token).getString("id");
        String segment = post("/api/events/" + event + "/segments", new JsonObject().put("presenter_name", "Ada"),
                token).getString("id");
        for (int i = 0; i < CHUNKS; i++) {
            boolean takeStart = i == 0 || byInterval && i % INTERVAL_CHUNKS == 0;
            upload(token, segment, i, chunk(i, takeStart));
        }
        if (byInterval) {
            // the talk's real length lets every finished take be transcribed before its end: wait for them
            int finished = CHUNKS / INTERVAL_CHUNKS - 1;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (transcribedTakes(token, segment) < finished) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the finished takes were not transcribed in 2 minutes");
                }
                Thread.sleep(50); // polling the service, as a page does
            }
        }
        long begin = System.nanoTime();
        String job = post("/api/segments/" + segment + "/finalize-and-transcribe", new JsonObject(), token)
                .getString("id");
        while (!"drafts_ready".equals(get("/api/jobs/" + job, token).getString("status"))) {
            Thread.sleep(20); // polling the job as a page does; the resolution is 20 ms
        }
        return (System.nanoTime() - begin) / 1_000_000;
    }

    private int transcribedTakes(String token, String segment) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/segments/" + segment
                + "/transcript")).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? 0 : new JsonObject(response.body()).getJsonArray("parts").size();
    }

    private static double seconds(long bytes) {
        return bytes / (double) CHUNK_BYTES * CHUNK_SECONDS;
    }

    private static byte[] chunk(int index, boolean takeStart) {
        return takeStart ? GenerationFixtures.firstChunk(CHUNK_BYTES, index)
                : GenerationFixtures.laterChunk(CHUNK_BYTES, index);
    }

    private void upload(String token, String segment, int index, byte[] bytes) throws Exception {
        String boundary = "bench" + index;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio_chunk\"; filename=\"c"
                + index + ".webm\"\r\nContent-Type: audio/webm\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/segments/" + segment
                + "/audio-chunk?chunk_index=" + index)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("chunk " + index + ": " + response.statusCode() + " " + response.body());
        }
    }

    private String token() throws Exception {
        return post("/api/auth/register", new JsonObject().put("username", "bench" + System.nanoTime() % 1_000_000)
                .put("password", "bench-password"), null).getString("token");
    }

    private JsonObject post(String path, JsonObject body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return new JsonObject(response.body());
    }

    private JsonObject get(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new JsonObject(response.body());
    }

    private static String table(long[] whole, double wholeFloor, long[] interval, double intervalFloor) {
        long wholeMedian = median(whole);
        long intervalMedian = median(interval);
        StringBuilder b = new StringBuilder();
        b.append("| talk of 10 min | end → drafts ready, median of 3 (ms) | floor (ms) | ratio |\n|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| one take, transcribed at the end | %d | %.0f | %.2f |%n", wholeMedian,
                wholeFloor, wholeMedian / wholeFloor));
        b.append(String.format(Locale.ROOT, "| interval generation (a take per minute) | %d | %.0f | %.2f |%n",
                intervalMedian, intervalFloor, intervalMedian / intervalFloor));
        b.append(String.format(Locale.ROOT, "%nRuns (ms): one take %s; interval %s. The packaged JVM build against"
                + " the fake OpenAI-compatible provider (src/test/java/io/quizcast/testsupport/FakeAiProvider.java)"
                + " on the same machine: speech to text takes %.0f%% of the audio's length, the model answers in %d"
                + " s. A talk of %d chunks of %d bytes (10 s of Opus at 32 kbit/s each) is uploaded, then"
                + " finalize-and-transcribe is called and the job polled every 20 ms until drafts_ready. With"
                + " interval generation the talk is recorded in takes of %d chunks, and the finished takes are"
                + " transcribed before the talk's end (as the talk's real length allows). Floor: the provider's own"
                + " time for the work left at the end (speech to text of what is not yet transcribed, then one"
                + " model call).%n", Arrays.toString(whole), Arrays.toString(interval), SPEECH_SHARE * 100,
                CHAT.toSeconds(), CHUNKS, CHUNK_BYTES, INTERVAL_CHUNKS));
        return b.toString();
    }

    private static long median(long[] runs) {
        long[] sorted = runs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
