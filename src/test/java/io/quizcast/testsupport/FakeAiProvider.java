package io.quizcast.testsupport;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An OpenAI-compatible provider for tests, on 127.0.0.1: {@code POST /v1/chat/completions} and
 * {@code POST /v1/audio/transcriptions}. It refuses (400) what a real provider would refuse, answers from its
 * one-shot queues first and then from its responders, records every request, and can stop listening to play a
 * provider that is down. Tests reach the one the test resource started through {@link #current()}.
 */
public final class FakeAiProvider {

    /** The chat answer's content by default: valid JSON, no questions. */
    public static final String DEFAULT_CHAT_CONTENT = "{\"questions\":[]}";
    public static final int DEFAULT_PROMPT_TOKENS = 100;
    public static final int DEFAULT_COMPLETION_TOKENS = 20;
    /** The transcription's text by default. */
    public static final String DEFAULT_TRANSCRIPT = "fake transcript";
    public static final double DEFAULT_AUDIO_SECONDS = 10.0;

    // OpenAI's own limit on an uploaded file, plus the form's other parts
    private static final long MAX_UPLOAD_BYTES = 25L * 1024 * 1024 + 64 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static volatile FakeAiProvider current;

    private final Vertx vertx;
    private final Path uploads;
    private final Queue<Reply> chatQueue = new ConcurrentLinkedQueue<>();
    private final Queue<Reply> speechQueue = new ConcurrentLinkedQueue<>();
    private final List<ChatCall> chatCalls = new CopyOnWriteArrayList<>();
    private final List<SpeechCall> speechCalls = new CopyOnWriteArrayList<>();
    private volatile Function<JsonObject, Reply> chatResponder;
    private volatile Function<SpeechCall, Reply> speechResponder;
    private volatile CompletableFuture<Void> speechGate = CompletableFuture.completedFuture(null);
    private volatile HttpServer server;
    private volatile int port;

    private FakeAiProvider() {
        this.vertx = Vertx.vertx();
        try {
            this.uploads = Files.createTempDirectory("quizcast-fake-ai");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        defaultResponders();
    }

    /** Starts a fake on a free port and makes it {@link #current()}. */
    public static FakeAiProvider launch() {
        FakeAiProvider fake = new FakeAiProvider();
        fake.start();
        current = fake;
        return fake;
    }

    /** The fake the test resource started. */
    public static FakeAiProvider current() {
        FakeAiProvider fake = current;
        if (fake == null) {
            throw new IllegalStateException("no fake AI provider: run the test with AiEnabledProfile");
        }
        return fake;
    }

    /** Its base URL, up to and including /v1. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/v1";
    }

    public int port() {
        return port;
    }

    /** Listens (again, on the same port after a {@link #stop()}); returns once it accepts connections. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        HttpServer created = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .requestHandler(router());
        server = await(created.listen());
        port = server.actualPort();
    }

    /** Stops listening and drops open connections: the provider is down until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            await(server.close());
            server = null;
        }
    }

    /** Listening, with empty queues and journal and the default responders. */
    public void reset() {
        chatQueue.clear();
        speechQueue.clear();
        chatCalls.clear();
        speechCalls.clear();
        speechGate.complete(null);
        defaultResponders();
        start();
    }

    /** Stops it for good (the test resource's end). */
    public synchronized void shutdown() {
        stop();
        await(vertx.close());
        if (current == this) {
            current = null;
        }
        try (Stream<Path> files = Files.walk(uploads)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How chat requests are answered when their queue is empty: from the request's JSON body to a reply. */
    public void chatResponder(Function<JsonObject, Reply> responder) {
        this.chatResponder = responder;
    }

    /** How transcription requests are answered when their queue is empty. */
    public void speechResponder(Function<SpeechCall, Reply> responder) {
        this.speechResponder = responder;
    }

    /**
     * Holds every transcription reply until the returned action runs, so that a test sees the stage a job is at
     * while its transcription is out (the reply still comes within the client's timeout when released in time).
     */
    public Runnable holdSpeechReplies() {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        speechGate = gate;
        return () -> gate.complete(null);
    }

    /** Answers the next valid chat request (in the order enqueued), ahead of the responder. */
    public void enqueueChat(Reply... replies) {
        chatQueue.addAll(List.of(replies));
    }

    /** Answers the next valid transcription request (in the order enqueued), ahead of the responder. */
    public void enqueueSpeech(Reply... replies) {
        speechQueue.addAll(List.of(replies));
    }

    /** Every chat request received, valid or not, in order of arrival. */
    public List<ChatCall> chatRequests() {
        return List.copyOf(chatCalls);
    }

    /** Every transcription request received, valid or not, in order of arrival. */
    public List<SpeechCall> speechRequests() {
        return List.copyOf(speechCalls);
    }

    /** One chat request: its JSON body (null when it was not JSON) and its headers (names in lower case). */
    public record ChatCall(JsonObject body, Map<String, String> headers, Instant at) {

        public String authorization() {
            return headers.get("authorization");
        }
    }

    /** One transcription request: the {@code file} part (null fields when absent), the form's fields, its headers. */
    public record SpeechCall(String fileName, String contentType, long bytes, String sha256, String model,
            String language, String responseFormat, Map<String, String> headers, Instant at) {

        public String authorization() {
            return headers.get("authorization");
        }
    }

    /** An answer: status, JSON body, headers, and how long to wait before sending it (status 0: cut the connection). */
    public record Reply(int status, String body, Map<String, String> headers, Duration delay) {

        /** A chat completion with this content, the default usage and finish reason stop. */
        public static Reply chat(String content) {
            return chat(content, DEFAULT_PROMPT_TOKENS, DEFAULT_COMPLETION_TOKENS, "stop");
        }

        /** A chat completion as OpenAI writes one. */
        public static Reply chat(String content, int promptTokens, int completionTokens, String finishReason) {
            JsonObject message = new JsonObject().put("role", "assistant").put("content", content)
                    .putNull("refusal");
            JsonObject completion = new JsonObject()
                    .put("id", "chatcmpl-fake")
                    .put("object", "chat.completion")
                    .put("created", Instant.now().getEpochSecond())
                    .put("model", "fake-chat")
                    .put("choices", new JsonArray().add(new JsonObject().put("index", 0).put("message", message)
                            .put("finish_reason", finishReason)))
                    .put("usage", new JsonObject().put("prompt_tokens", promptTokens)
                            .put("completion_tokens", completionTokens)
                            .put("total_tokens", promptTokens + completionTokens));
            return json(200, completion.encode());
        }

        /** A transcription as OpenAI's whisper-1 writes one with response_format json. */
        public static Reply transcript(String text, double seconds) {
            return json(200, new JsonObject().put("text", text)
                    .put("usage", new JsonObject().put("type", "duration").put("seconds", seconds)).encode());
        }

        /** An error in OpenAI's shape. */
        public static Reply error(int status, String message) {
            return json(status, new JsonObject().put("error", new JsonObject().put("message", message)
                    .put("type", status == 429 ? "rate_limit_exceeded" : "invalid_request_error")
                    .putNull("param").putNull("code")).encode());
        }

        /** Any body, sent as application/json. */
        public static Reply json(int status, String body) {
            return new Reply(status, body, Map.of("Content-Type", "application/json"), Duration.ZERO);
        }

        /** No answer: the connection is closed (a reset, as a crashing provider does). */
        public static Reply cutConnection() {
            return new Reply(0, "", Map.of(), Duration.ZERO);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, Map.copyOf(more), delay);
        }

        /** The same answer, sent only after {@code wait}. */
        public Reply after(Duration wait) {
            return new Reply(status, body, headers, wait);
        }
    }

    private void defaultResponders() {
        chatResponder = request -> Reply.chat(DEFAULT_CHAT_CONTENT);
        speechResponder = request -> Reply.transcript(DEFAULT_TRANSCRIPT, DEFAULT_AUDIO_SECONDS);
    }

    private Router router() {
        Router router = Router.router(vertx);
        router.post("/v1/chat/completions").handler(BodyHandler.create(false).setBodyLimit(MAX_UPLOAD_BYTES))
                .handler(this::chat);
        router.post("/v1/audio/transcriptions")
                .handler(BodyHandler.create(uploads.toString()).setBodyLimit(MAX_UPLOAD_BYTES)
                        .setDeleteUploadedFilesOnEnd(true))
                .handler(this::speech);
        return router;
    }

    private void chat(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            body = null;
        }
        chatCalls.add(new ChatCall(body, headers(ctx), Instant.now()));
        String problem = OpenAiRequestRules.chatProblem(body);
        if (problem != null) {
            send(ctx, Reply.error(400, problem));
            return;
        }
        Reply queued = chatQueue.poll();
        send(ctx, queued != null ? queued : chatResponder.apply(body));
    }

    private void speech(RoutingContext ctx) {
        Map<String, String> headers = headers(ctx);
        String model = ctx.request().getFormAttribute("model");
        String language = ctx.request().getFormAttribute("language");
        String format = ctx.request().getFormAttribute("response_format");
        List<FileUpload> files = ctx.fileUploads().stream().filter(f -> f.name().equals("file")).toList();
        boolean multipart = String.valueOf(headers.get("content-type")).startsWith("multipart/form-data");
        if (!multipart || files.size() != 1) {
            speechCalls.add(new SpeechCall(null, null, 0, null, model, language, format, headers, Instant.now()));
            send(ctx, Reply.error(400, "a multipart form with one 'file' part is required"));
            return;
        }
        FileUpload file = files.get(0);
        vertx.fileSystem().readFile(file.uploadedFileName()).onComplete(read -> {
            Buffer bytes = read.succeeded() ? read.result() : Buffer.buffer();
            SpeechCall call = new SpeechCall(file.fileName(), file.contentType(), bytes.length(),
                    sha256(bytes.getBytes()), model, language, format, headers, Instant.now());
            speechCalls.add(call);
            String problem = OpenAiRequestRules.speechProblem(call);
            if (problem != null) {
                send(ctx, Reply.error(400, problem));
                return;
            }
            Reply queued = speechQueue.poll();
            Reply reply = queued != null ? queued : speechResponder.apply(call);
            speechGate.thenRun(() -> vertx.runOnContext(released -> send(ctx, reply)));
        });
    }

    private void send(RoutingContext ctx, Reply reply) {
        if (reply.delay().isZero()) {
            write(ctx, reply);
        } else {
            vertx.setTimer(reply.delay().toMillis(), id -> write(ctx, reply));
        }
    }

    private static void write(RoutingContext ctx, Reply reply) {
        HttpServerResponse response = ctx.response();
        // the client may have given up (its timeout) or the fake may have stopped in the meantime
        if (response.closed() || response.ended()) {
            return;
        }
        if (reply.status() == 0) {
            ctx.request().connection().close();
            return;
        }
        response.setStatusCode(reply.status());
        reply.headers().forEach(response::putHeader);
        response.end(reply.body());
    }

    private static Map<String, String> headers(RoutingContext ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        ctx.request().headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(), h.getValue()));
        return Map.copyOf(headers);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the fake AI provider did not start or stop in time", e);
        }
    }
}
