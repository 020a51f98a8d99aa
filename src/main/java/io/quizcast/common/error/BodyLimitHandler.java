package io.quizcast.common.error;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with 413 in the contract's
 * error shape, just before Quarkus's own check, which would answer with an empty body.
 */
@ApplicationScoped
public class BodyLimitHandler {

    /** Quarkus's own upload-limit route runs at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    static final int ORDER = -3;

    /** Every path but the game's WebSocket endpoint (an upgrade has no body). */
    static final String NOT_A_GAME_SOCKET = "^/(?!api/ws/).*";

    private final long limit;

    BodyLimitHandler(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        String text = "Request body too large: the limit is " + limit + " bytes";
        String body = Json.encode(Map.of("detail", text, "error", text, "message", text, "code",
                ErrorCode.PAYLOAD_TOO_LARGE));
        // not on game socket upgrades: a route in front of them changed the order in which closes reach the game
        router.routeWithRegex(NOT_A_GAME_SOCKET).order(ORDER).handler(ctx -> {
            if (announcedLength(ctx.request().getHeader("Content-Length")) > limit) {
                // the rest of the body is never read: close the connection once the answer is out
                ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close").end(body);
                return;
            }
            ctx.next();
        });
    }

    private static long announcedLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
