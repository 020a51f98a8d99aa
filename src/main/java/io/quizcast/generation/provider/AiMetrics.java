package io.quizcast.generation.provider;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The provider's meters: each request by endpoint and outcome (with its time), tokens, and audio seconds. */
@ApplicationScoped
public class AiMetrics {

    /** The outcome tag of a request that succeeded; failures carry their error code. */
    public static final String OK = "ok";

    private final MeterRegistry registry;
    private final Map<String, Timer> calls = new ConcurrentHashMap<>();
    private final Counter promptTokens;
    private final Counter completionTokens;
    private final Counter audioSeconds;

    AiMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.promptTokens = Counter.builder("quizcast.ai.tokens").tag("kind", "prompt")
                .description("Tokens the chat model read, as the provider counts them").register(registry);
        this.completionTokens = Counter.builder("quizcast.ai.tokens").tag("kind", "completion")
                .description("Tokens the chat model wrote, as the provider counts them").register(registry);
        this.audioSeconds = Counter.builder("quizcast.ai.audio.seconds")
                .description("Seconds of audio transcribed, as the provider counts them").register(registry);
    }

    /** Starts timing one request. */
    Timer.Sample start() {
        return Timer.start(registry);
    }

    /** One request ended: {@code outcome} is {@link #OK} or the failure's error code; every retry is a request. */
    void request(String endpoint, String outcome, Timer.Sample sample) {
        sample.stop(calls.computeIfAbsent(endpoint + '|' + outcome,
                k -> Timer.builder("quizcast.ai.calls").tag("endpoint", endpoint).tag("outcome", outcome)
                        .description("Requests to the AI provider (each retry counts) and their time")
                        .register(registry)));
    }

    void tokens(ChatReply reply) {
        if (reply.promptTokens() != null) {
            promptTokens.increment(reply.promptTokens());
        }
        if (reply.completionTokens() != null) {
            completionTokens.increment(reply.completionTokens());
        }
    }

    void audio(Transcription transcription) {
        if (transcription.audioSeconds() != null) {
            audioSeconds.increment(transcription.audioSeconds());
        }
    }
}
