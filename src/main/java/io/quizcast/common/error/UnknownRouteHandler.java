package io.quizcast.common.error;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Gives requests that match no route under /api the contract's 404 body instead of the framework's page. */
@ApplicationScoped
public class UnknownRouteHandler {

    void install(@Observes Router router) {
        String body = Json.encode(java.util.Map.of("detail", "Not found", "error", "Not found",
                "message", "Not found", "code", ErrorCode.NOT_FOUND));
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(ctx -> ctx.response()
                .setStatusCode(404)
                .putHeader("Content-Type", "application/json")
                .end(body));
    }
}
