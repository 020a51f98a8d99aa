package io.quizcast.common.error;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Refuses a request whose path or query holds an encoded NUL ({@code %00}) with 400 in the error shape: no id,
 * code or parameter may contain it, and PostgreSQL cannot compare text holding it (it failed with a 500).
 */
@ApplicationScoped
public class NulUriHandler {

    void install(@Observes Router router) {
        String text = "The request URI must not contain the NUL character";
        String body = Json.encode(Map.of("detail", text, "error", text, "message", text, "code",
                ErrorCode.BAD_REQUEST));
        // every /api path but the game's WebSocket endpoint (see BodyLimitHandler)
        router.routeWithRegex("^/api/(?!ws/).*").order(BodyLimitHandler.ORDER).handler(ctx -> {
            String uri = ctx.request().uri();
            if (uri.contains("%00")) {
                ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json").end(body);
                return;
            }
            ctx.next();
        });
    }
}
