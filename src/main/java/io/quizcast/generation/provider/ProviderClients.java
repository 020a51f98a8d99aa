package io.quizcast.generation.provider;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quizcast.config.QuizcastConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The provider's two REST clients, each built once from the settings (none when its base URL is unset). */
@ApplicationScoped
public class ProviderClients {

    // connecting is quick or hopeless; the call's own timeout bounds the rest
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    // the read timeout only frees a connection nobody waits for: AiProvider's deadline fires first
    private static final Duration READ_TIMEOUT_MARGIN = Duration.ofSeconds(5);

    private final ChatCompletionsApi chat;
    private final TranscriptionsApi speech;

    ProviderClients(QuizcastConfig config) {
        QuizcastConfig.Ai ai = config.ai();
        Optional<ApiKeyHeader> key = ai.apiKey().filter(k -> !k.isBlank())
                .map(k -> new ApiKeyHeader(ai.apiKeyHeader(), k));
        this.chat = ai.chat().baseUrl()
                .map(base -> build(ChatCompletionsApi.class, base, ai.chat().timeout(), key))
                .orElse(null);
        this.speech = ai.speech().baseUrl().or(() -> ai.chat().baseUrl())
                .map(base -> build(TranscriptionsApi.class, base, ai.speech().timeout(), key))
                .orElse(null);
    }

    /** The chat completions client; null when no chat base URL is set. */
    ChatCompletionsApi chat() {
        return chat;
    }

    /** The transcriptions client; null when neither base URL is set. */
    TranscriptionsApi speech() {
        return speech;
    }

    @PreDestroy
    void close() throws IOException {
        for (Object client : new Object[]{chat, speech}) {
            if (client instanceof Closeable closeable) {
                closeable.close();
            }
        }
    }

    private static <T> T build(Class<T> api, URI base, Duration timeout, Optional<ApiKeyHeader> key) {
        Duration connect = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
        QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                .baseUri(withoutTrailingSlash(base))
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.plus(READ_TIMEOUT_MARGIN).toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                // every status comes back as a response: AiProvider classifies it (and reads Retry-After)
                .disableDefaultMapper(true);
        key.ifPresent(builder::register);
        return builder.build(api);
    }

    private static URI withoutTrailingSlash(URI base) {
        String text = base.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : base;
    }
}
