package io.quizcast.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.generation.provider.ProviderFailure.Kind;
import io.quizcast.testsupport.AiEnabledProfile;
import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.FakeAiProvider.ChatCall;
import io.quizcast.testsupport.FakeAiProvider.Reply;
import io.quizcast.testsupport.FakeAiProvider.SpeechCall;
import io.quizcast.testsupport.FakeAiProviderResource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider client against the fake OpenAI-compatible server, over real HTTP: what reaches the provider, what
 * is read back, and how 429, 5xx, 401, timeouts and a provider that is down are retried or not.
 */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class AiProviderTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Map<String, Object> SCHEMA = Map.of(
            "type", "object",
            "properties", Map.of("questions", Map.of("type", "array", "items", Map.of("type", "string"))),
            "required", List.of("questions"),
            // camelCase on purpose: the app's snake_case naming must leave a schema's keys alone
            "additionalProperties", false);
    static final List<ChatMessage> MESSAGES = List.of(ChatMessage.system("Write quiz questions."),
            ChatMessage.user("Notes: the sky is blue."));
    static final byte[] AUDIO = "\u001aE\u00df\u00a3 not really webm, but bytes".getBytes(StandardCharsets.ISO_8859_1);

    @Inject
    AiProvider provider;

    @Inject
    MeterRegistry registry;

    @Inject
    Vertx vertx;

    FakeAiProvider fake;

    @BeforeEach
    void resetTheFake() {
        fake = FakeAiProvider.current();
        fake.reset();
    }

    @Test
    void bothEndpointsAreEnabledBySettings() {
        assertThat(provider.chatEnabled()).isTrue();
        assertThat(provider.speechEnabled()).isTrue();
    }

    @Test
    void aChatSendsTheSchemaModelLimitAndKeyAndReadsTheUsageBack() throws Exception {
        fake.enqueueChat(Reply.chat("{\"questions\":[\"Why is the sky blue?\"]}", 321, 45, "stop"));
        double promptTokens = tokens("prompt");
        double completionTokens = tokens("completion");

        ChatReply reply = chat().await().atMost(WAIT);

        assertThat(reply).isEqualTo(new ChatReply("{\"questions\":[\"Why is the sky blue?\"]}", 321, 45, "stop"));
        ChatCall call = single(fake.chatRequests());
        assertThat(call.authorization()).isEqualTo("Bearer " + FakeAiProviderResource.API_KEY);
        assertThat(call.headers().get("content-type")).startsWith("application/json");
        JsonObject body = call.body();
        assertThat(body.fieldNames()).containsExactlyInAnyOrder("model", "messages", "response_format",
                "max_completion_tokens");
        assertThat(body.getString("model")).isEqualTo(FakeAiProviderResource.CHAT_MODEL);
        assertThat(body.getInteger("max_completion_tokens")).isEqualTo(1234);
        assertThat(tree(body.getJsonArray("messages").encode())).isEqualTo(tree(
                "[{\"role\":\"system\",\"content\":\"Write quiz questions.\"},"
                        + "{\"role\":\"user\",\"content\":\"Notes: the sky is blue.\"}]"));
        JsonObject format = body.getJsonObject("response_format");
        assertThat(format.getString("type")).isEqualTo("json_schema");
        JsonObject jsonSchema = format.getJsonObject("json_schema");
        assertThat(jsonSchema.getString("name")).isEqualTo("quiz");
        assertThat(jsonSchema.getBoolean("strict")).isTrue();
        assertThat(tree(jsonSchema.getJsonObject("schema").encode()))
                .isEqualTo(new ObjectMapper().valueToTree(SCHEMA));
        assertThat(tokens("prompt") - promptTokens).isEqualTo(321);
        assertThat(tokens("completion") - completionTokens).isEqualTo(45);
    }

    @Test
    void aTranscriptionSendsTheFileAsAFormAndReadsTextAndSecondsBack() {
        double seconds = audioSeconds();

        Transcription transcription = provider.transcribe(AUDIO, "talk-3.webm", "audio/webm", "de")
                .await().atMost(WAIT);

        assertThat(transcription).isEqualTo(
                new Transcription(FakeAiProvider.DEFAULT_TRANSCRIPT, FakeAiProvider.DEFAULT_AUDIO_SECONDS, null));
        SpeechCall call = single(fake.speechRequests());
        assertThat(call.fileName()).isEqualTo("talk-3.webm");
        assertThat(call.contentType()).isEqualTo("audio/webm");
        assertThat(call.bytes()).isEqualTo(AUDIO.length);
        assertThat(call.sha256()).isEqualTo(sha256(AUDIO));
        assertThat(call.model()).isEqualTo(FakeAiProviderResource.SPEECH_MODEL);
        assertThat(call.language()).isEqualTo("de");
        assertThat(call.responseFormat()).isEqualTo("json");
        assertThat(call.authorization()).isEqualTo("Bearer " + FakeAiProviderResource.API_KEY);
        assertThat(audioSeconds() - seconds).isEqualTo(FakeAiProvider.DEFAULT_AUDIO_SECONDS);
    }

    @Test
    void aTranscriptionWithoutLanguageSendsNoneAndReadsVerboseDurationAndLanguage() {
        fake.enqueueSpeech(Reply.json(200, "{\"task\":\"transcribe\",\"language\":\"english\",\"duration\":8.47,"
                + "\"text\":\"Hello there.\",\"segments\":[]}"));

        Transcription transcription = provider.transcribe(AUDIO, "take.ogg", "audio/ogg", null).await().atMost(WAIT);

        assertThat(transcription).isEqualTo(new Transcription("Hello there.", 8.47, "english"));
        SpeechCall call = single(fake.speechRequests());
        assertThat(call.language()).isNull();
        assertThat(call.fileName()).isEqualTo("take.ogg");
        assertThat(call.contentType()).isEqualTo("audio/ogg");
    }

    @Test
    void aTranscriptionWithoutUsageHasNoSeconds() {
        // whisper.cpp's server: {"text": ...} and nothing else
        fake.enqueueSpeech(Reply.json(200, "{\"text\":\" And so it goes.\\n\"}"));

        Transcription transcription = provider.transcribe(AUDIO, "a.webm", "audio/webm", null).await().atMost(WAIT);

        assertThat(transcription).isEqualTo(new Transcription(" And so it goes.\n", null, null));
    }

    @Test
    void a429WithRetryAfterIsRetriedNoEarlierThanAsked() {
        fake.enqueueChat(Reply.error(429, "Rate limit reached for requests").withHeader("Retry-After", "1"));

        ChatReply reply = chat().await().atMost(WAIT);

        assertThat(reply.content()).isEqualTo(FakeAiProvider.DEFAULT_CHAT_CONTENT);
        List<ChatCall> calls = fake.chatRequests();
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRetryAfterMsLongerThanTheBackoffIsHonouredAndTheFileIsSentAgain() {
        // 1.8 s: longer than the first backoff (1 s plus at most a fifth), shorter than max-retry-delay (2 s)
        fake.enqueueSpeech(Reply.error(429, "slow down").withHeader("retry-after-ms", "1800"));

        Transcription transcription = provider.transcribe(AUDIO, "talk.webm", "audio/webm", "en").await().atMost(WAIT);

        assertThat(transcription.text()).isEqualTo(FakeAiProvider.DEFAULT_TRANSCRIPT);
        List<SpeechCall> calls = fake.speechRequests();
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1750));
        assertThat(calls).extracting(SpeechCall::sha256).containsExactly(sha256(AUDIO), sha256(AUDIO));
    }

    @Test
    void a500IsRetriedAndTheRetrySucceeds() {
        double unavailable = requests(AiProvider.CHAT, "provider_unavailable");
        double ok = requests(AiProvider.CHAT, AiMetrics.OK);
        fake.enqueueChat(Reply.error(500, "The server had an error while processing your request."));

        ChatReply reply = chat().await().atMost(WAIT);

        assertThat(reply.content()).isEqualTo(FakeAiProvider.DEFAULT_CHAT_CONTENT);
        assertThat(fake.chatRequests()).hasSize(2);
        assertThat(requests(AiProvider.CHAT, "provider_unavailable") - unavailable).isEqualTo(1);
        assertThat(requests(AiProvider.CHAT, AiMetrics.OK) - ok).isEqualTo(1);
    }

    @Test
    void aCutConnectionIsRetriedAsUnavailable() {
        double unavailable = requests(AiProvider.CHAT, "provider_unavailable");
        fake.enqueueChat(Reply.cutConnection());

        ChatReply reply = chat().await().atMost(WAIT);

        assertThat(reply.content()).isEqualTo(FakeAiProvider.DEFAULT_CHAT_CONTENT);
        assertThat(fake.chatRequests()).hasSize(2);
        assertThat(requests(AiProvider.CHAT, "provider_unavailable") - unavailable).isEqualTo(1);
    }

    @Test
    void a401FailsAtOnceWithoutTheKeyInItsMessage() {
        fake.enqueueChat(Reply.error(401, "Incorrect API key provided: " + FakeAiProviderResource.API_KEY
                + ". You can find your API key at https://platform.openai.com/account/api-keys."));

        ProviderFailure failure = failureOf(chat());

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure.code()).isEqualTo("provider_unauthorized");
        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure.getMessage()).startsWith("chat: HTTP 401 Incorrect API key provided: ***.")
                .doesNotContain(FakeAiProviderResource.API_KEY);
        assertThat(fake.chatRequests()).hasSize(1);
    }

    @Test
    void aBadRequestFailsAtOnceWithTheProvidersWords() {
        fake.enqueueSpeech(Reply.json(400, "{\"error\":\"unsupported audio format\"}"));

        ProviderFailure failure = failureOf(provider.transcribe(AUDIO, "talk.webm", "audio/webm", null));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(failure.getMessage()).isEqualTo("speech: HTTP 400 unsupported audio format");
        assertThat(fake.speechRequests()).hasSize(1);
    }

    @Test
    void anUnreadableAnswerFailsAtOnceAsInvalidResponse() {
        fake.enqueueChat(Reply.json(200, "<html>gateway</html>"));

        ProviderFailure failure = failureOf(chat());

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.code()).isEqualTo("provider_invalid_response");
        assertThat(fake.chatRequests()).hasSize(1);
    }

    @Test
    void aChatWithoutContentIsInvalidResponse() {
        fake.enqueueChat(Reply.json(200, "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":null,\"refusal\":\"I can't help with that.\"},\"finish_reason\":\"stop\"}]}"));

        ProviderFailure failure = failureOf(chat());

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.getMessage()).contains("refused: I can't help with that.");
    }

    @Test
    void aSlowAnswerTimesOutAndTheRetryGetsThrough() {
        double timeouts = requests(AiProvider.CHAT, "provider_timeout");
        // only the first answer is late: longer than the 3 s timeout
        fake.enqueueChat(Reply.chat(FakeAiProvider.DEFAULT_CHAT_CONTENT).after(Duration.ofSeconds(6)));
        Instant start = Instant.now();

        ChatReply reply = chat().await().atMost(WAIT);

        assertThat(reply.content()).isEqualTo(FakeAiProvider.DEFAULT_CHAT_CONTENT);
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(3900));
        assertThat(fake.chatRequests()).hasSize(2);
        assertThat(requests(AiProvider.CHAT, "provider_timeout") - timeouts).isEqualTo(1);
    }

    @Test
    void aProviderThatIsDownFailsAsUnavailableAfterTheRetries() {
        double unavailable = requests(AiProvider.SPEECH, "provider_unavailable");
        fake.stop();

        ProviderFailure failure = failureOf(provider.transcribe(AUDIO, "talk.webm", "audio/webm", null));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.code()).isEqualTo("provider_unavailable");
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).startsWith("speech: ");
        // the first try and quizcast.ai.max-retries (3) retries
        assertThat(requests(AiProvider.SPEECH, "provider_unavailable") - unavailable).isEqualTo(4);
    }

    @Test
    void aRetryAfterLongerThanTheLongestWaitFailsAtOnceAsRateLimitedWithTheWait() {
        fake.enqueueChat(Reply.error(429, "Rate limit reached for tokens per day").withHeader("Retry-After", "60"));

        ProviderFailure failure = failureOf(chat());

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.code()).isEqualTo("rate_limited");
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(60));
        assertThat(fake.chatRequests()).hasSize(1);
    }

    @Test
    void aLong503WaitIsRateLimitedToo() {
        fake.enqueueChat(Reply.error(503, "overloaded").withHeader("Retry-After", "300"));

        ProviderFailure failure = failureOf(chat());

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.retryAfter()).contains(Duration.ofMinutes(5));
        assertThat(fake.chatRequests()).hasSize(1);
    }

    @Test
    void theAnswerComesBackOnTheCallersVertxContextAfterARetry() throws Exception {
        fake.enqueueChat(Reply.error(502, "bad gateway"));
        Context caller = vertx.getOrCreateContext();
        CompletableFuture<Context> answeredOn = new CompletableFuture<>();

        caller.runOnContext(ignored -> chat().subscribe().with(
                reply -> answeredOn.complete(Vertx.currentContext()), answeredOn::completeExceptionally));

        assertThat(answeredOn.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isSameAs(caller);
        assertThat(fake.chatRequests()).hasSize(2);
    }

    private Uni<ChatReply> chat() {
        return provider.chat(MESSAGES, "quiz", SCHEMA, 1234);
    }

    private static ProviderFailure failureOf(Uni<?> call) {
        return catchThrowableOfType(ProviderFailure.class, () -> call.await().atMost(WAIT));
    }

    // meters appear with the provider's first use: none yet counts zero
    private double tokens(String kind) {
        Counter counter = registry.find("quizcast.ai.tokens").tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private double audioSeconds() {
        Counter counter = registry.find("quizcast.ai.audio.seconds").counter();
        return counter == null ? 0 : counter.count();
    }

    private double requests(String endpoint, String outcome) {
        Timer timer = registry.find("quizcast.ai.calls").tag("endpoint", endpoint).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private static <T> T single(List<T> calls) {
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    private static JsonNode tree(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
