package io.quizcast.generation.provider;

import io.micrometer.core.instrument.Timer;
import io.quizcast.common.vertx.Contexts;
import io.quizcast.config.QuizcastConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * Speech to text and chat completions at any OpenAI-compatible provider, each call bounded by its endpoint's timeout
 * and retried on 429, 5xx, timeouts and refused connections; failures are {@link ProviderFailure}s.
 */
@ApplicationScoped
public class AiProvider {

    static final String CHAT = "chat";
    static final String SPEECH = "speech";
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final QuizcastConfig.Ai ai;
    private final ProviderClients clients;
    private final ProviderReplies replies;
    private final AiMetrics metrics;
    private final RetryPolicy retries;

    AiProvider(QuizcastConfig config, ProviderClients clients, ProviderReplies replies, AiMetrics metrics) {
        this.ai = config.ai();
        this.clients = clients;
        this.replies = replies;
        this.metrics = metrics;
        this.retries = new RetryPolicy(ai.maxRetries(), FIRST_BACKOFF, ai.maxRetryDelay());
    }

    /** A chat base URL and model are set: questions can be written (from notes or a topic). */
    public boolean chatEnabled() {
        return ai.chat().baseUrl().isPresent() && present(ai.chat().model());
    }

    /** Chat is enabled and a speech model is set (its base URL defaults to chat's): recordings can be transcribed. */
    public boolean speechEnabled() {
        return chatEnabled() && present(ai.speech().model());
    }

    /**
     * The text of one audio file. {@code fileName}'s extension and {@code contentType} tell the provider the format
     * (e.g. talk.webm, audio/webm); {@code language} (ISO-639-1, may be null) skips its detection.
     */
    public Uni<Transcription> transcribe(byte[] audio, String fileName, String contentType, String language) {
        if (!speechEnabled()) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "speech to text is not configured (quizcast.ai.chat.base-url, quizcast.ai.speech.model)"));
        }
        String model = ai.speech().model().orElseThrow();
        // a new form per attempt: the file part's buffer is consumed by sending it
        Supplier<Uni<Response>> request = () -> clients.speech()
                .transcribe(form(audio, fileName, contentType, model, language));
        return call(SPEECH, ai.speech().timeout(), request, replies::transcription).invoke(metrics::audio);
    }

    /**
     * The model's answer to {@code messages}, as JSON held to {@code jsonSchema} (strict structured output), in at
     * most {@code maxOutputTokens} tokens. The content is the model's text: the caller still checks it.
     */
    public Uni<ChatReply> chat(List<ChatMessage> messages, String schemaName, Map<String, Object> jsonSchema,
            int maxOutputTokens) {
        if (!chatEnabled()) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "chat is not configured (quizcast.ai.chat.base-url, quizcast.ai.chat.model)"));
        }
        // max_completion_tokens, not the older max_tokens: OpenAI refuses max_tokens for its reasoning models
        ChatRequest body = new ChatRequest(ai.chat().model().orElseThrow(), List.copyOf(messages),
                ChatRequest.ResponseFormat.of(schemaName, jsonSchema), maxOutputTokens);
        return call(CHAT, ai.chat().timeout(), () -> clients.chat().complete(body), replies::chat)
                .invoke(metrics::tokens);
    }

    private <T> Uni<T> call(String endpoint, Duration timeout, Supplier<Uni<Response>> request,
            BiFunction<String, String, T> reader) {
        return Uni.createFrom().deferred(() -> {
            Executor caller = Contexts.executorOfCurrent();
            // retries resume on Mutiny's timer threads: hand the outcome back on the subscriber's Vert.x context,
            // where its reactive session lives
            return retries.run(() -> attempt(endpoint, timeout, request, reader)).emitOn(caller);
        });
    }

    private <T> Uni<T> attempt(String endpoint, Duration timeout, Supplier<Uni<Response>> request,
            BiFunction<String, String, T> reader) {
        Timer.Sample sample = metrics.start();
        return Uni.createFrom().deferred(request::get)
                .ifNoItem().after(timeout).failWith(() -> ProviderFailure.timeout(endpoint, timeout))
                .onFailure().transform(error -> ProviderFailure.ofException(endpoint, error))
                .map(response -> read(endpoint, response, reader))
                .onItemOrFailure().invoke((item, failure) -> metrics.request(endpoint, outcome(failure), sample));
    }

    private <T> T read(String endpoint, Response response, BiFunction<String, String, T> reader) {
        int status = response.getStatus();
        String body = text(response);
        if (status / 100 != 2) {
            Optional<Duration> retryAfter = RetryAfter.parse(response.getHeaderString("retry-after-ms"),
                    response.getHeaderString("Retry-After"), Instant.now());
            throw ProviderFailure.ofStatus(endpoint, status, replies.errorDetail(body, ai.apiKey()),
                    retryAfter);
        }
        return reader.apply(endpoint, body);
    }

    private static String text(Response response) {
        // buffered already (the call's Uni completes with the whole answer): no blocking read here
        try {
            return response.hasEntity() ? response.readEntity(String.class) : null;
        } catch (RuntimeException e) {
            // undecodable text: an error keeps its status, a 2xx becomes an invalid response
            return null;
        }
    }

    private static ClientMultipartForm form(byte[] audio, String fileName, String contentType, String model,
            String language) {
        ClientMultipartForm form = ClientMultipartForm.create()
                .binaryFileUpload("file", fileName, Buffer.buffer(audio), contentType)
                .attribute("model", model, null)
                .attribute("response_format", "json", null);
        if (language != null && !language.isBlank()) {
            form.attribute("language", language, null);
        }
        return form;
    }

    private static String outcome(Throwable failure) {
        if (failure == null) {
            return AiMetrics.OK;
        }
        return failure instanceof ProviderFailure f ? f.code() : "error";
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
