package io.quizcast.generation.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.generation.GenerationFeature;
import io.quizcast.generation.audio.AudioFormat;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/capabilities: what this server can do beyond the v1 contract, so a page shows only what works. */
@Path("/api/capabilities")
@PermitAll
public class CapabilitiesResource {

    /** Seconds of audio per uploaded chunk the web client records. */
    static final int CHUNK_SECONDS = 10;

    /** The answer. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record Capabilities(Generation generation) {
    }

    /** Talk-to-quiz generation and its upload limits. */
    @RegisterForReflection
    public record Generation(boolean enabled, boolean transcription, boolean fromNotes, long maxChunkBytes,
            long maxAudioBytes, long maxFileBytes, List<String> audioTypes, int chunkSeconds, String hint) {
    }

    private final Capabilities capabilities;

    CapabilitiesResource(GenerationFeature feature, QuizcastConfig config) {
        QuizcastConfig.Ai ai = config.ai();
        this.capabilities = new Capabilities(new Generation(feature.enabled(), feature.transcription(),
                feature.enabled(), ai.maxChunkSize().asLongValue(), ai.maxAudioSize().asLongValue(),
                ai.maxFileSize().asLongValue(), AudioFormat.CONTENT_TYPES, CHUNK_SECONDS,
                feature.enabled() ? null : GenerationFeature.HINT));
    }

    @GET
    @Operation(summary = "What this server can do", description = "Public. generation.enabled: questions can be generated from notes or a topic; generation.transcription: talks can be recorded and transcribed; the upload limits; hint: how to turn generation on when it is off.")
    public Capabilities capabilities() {
        return capabilities;
    }
}
