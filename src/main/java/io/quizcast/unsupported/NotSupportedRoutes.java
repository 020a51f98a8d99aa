package io.quizcast.unsupported;

import io.quizcast.common.error.ErrorCode;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The contract's out-of-scope routes (audio, transcription and its logs, avatar upload, QR images, the canvas)
 * answer 501 with code "not_supported", so the client shows a clear message instead of hanging.
 */
@ApplicationScoped
public class NotSupportedRoutes {

    static final Map<String, String> ROUTES = Map.of(
            "^/api/segments/[^/]+/(audio-chunk|transcribe|finalize-and-transcribe|processing-logs)/?$",
            "Audio recording, transcription and question generation",
            "^/api/(auth|users)(/[^/]+)*/avatar/?$", "Avatar upload",
            "^/api/events/[^/]+/(qr|qr-code)(\\.png)?/?$", "QR images",
            "^/api/events/[^/]+/canvas(/.*)?$", "The collaborative canvas");

    void install(@Observes Router router) {
        ROUTES.forEach((pattern, feature) -> {
            String text = feature + " is not supported by this server";
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
