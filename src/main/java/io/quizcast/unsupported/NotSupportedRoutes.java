package io.quizcast.unsupported;

import io.quizcast.common.error.ErrorCode;
import io.quizcast.generation.GenerationFeature;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract's out-of-scope routes (avatar upload, QR images, the canvas), and talk-to-quiz generation while it is
 * not configured, answer 501 with code "not_supported", so the client shows a clear message instead of hanging.
 */
@ApplicationScoped
public class NotSupportedRoutes {

    static final Map<String, String> ROUTES = Map.of(
            "^/api/(auth|users)(/[^/]+)*/avatar/?$", "Avatar upload",
            "^/api/events/[^/]+/(qr|qr-code)(\\.png)?/?$", "QR images",
            "^/api/events/[^/]+/canvas(/.*)?$", "The collaborative canvas");

    /** Recording and transcription: off without a speech model. */
    static final String RECORDING = "^/api/segments/[^/]+/(audio-chunk|audio-chunks|transcribe|finalize-and-transcribe)/?$";

    /** Generation, its jobs, logs and drafts: off without a chat model. */
    static final String GENERATION = "^/api/(segments/[^/]+/(generate|job|transcript|processing-logs|drafts(/approve)?)"
            + "|jobs/[^/]+(/cancel|/retry)?|drafts/[^/]+(/regenerate)?)/?$";

    private final GenerationFeature generation;

    NotSupportedRoutes(GenerationFeature generation) {
        this.generation = generation;
    }

    void install(@Observes Router router) {
        Map<String, String> routes = new LinkedHashMap<>();
        ROUTES.forEach((pattern, feature) -> routes.put(pattern, feature + " is not supported by this server"));
        if (!generation.transcription()) {
            routes.put(RECORDING, generation.enabled()
                    ? "Recording and transcription are off on this server: set QUIZCAST_AI_SPEECH_MODEL (and"
                            + " QUIZCAST_AI_SPEECH_BASE_URL if speech to text has its own server) to turn them on;"
                            + " questions from notes or a topic work"
                    : GenerationFeature.HINT);
        }
        if (!generation.enabled()) {
            routes.put(GENERATION, GenerationFeature.HINT);
        }
        routes.forEach((pattern, text) -> {
            String body = Json.encode(Map.of("detail", text, "error", text, "message", text,
                    "code", ErrorCode.NOT_SUPPORTED));
            // ahead of the REST routes, whose class paths would otherwise claim these prefixes and answer 404
            router.routeWithRegex(pattern).order(-100).handler(ctx -> ctx.response()
                    .setStatusCode(501)
                    .putHeader("Content-Type", "application/json")
                    .end(body));
        });
    }
}
