package io.quizcast.common.error;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Vert.x 4.5 races when a client leaves in the middle of a WebSocket upgrade: the closed connection fails the
 * upgrade's promise, then the request's buffered end completes it again, and Vert.x reports the second completion
 * ("Result is already complete", from {@code Http1xServerConnection.createWebSocket}) as an uncaught exception,
 * which Quarkus logs at ERROR. Nothing is lost (the client is gone; the upgrade check refuses those it can see),
 * so exactly that report is logged at debug; every other uncaught exception goes to Quarkus's handler as before.
 */
@ApplicationScoped
public class AbandonedUpgradeFilter {

    private static final Logger LOG = Logger.getLogger(AbandonedUpgradeFilter.class);

    void onStart(@Observes StartupEvent event, Vertx vertx) {
        Handler<Throwable> previous = vertx.exceptionHandler();
        vertx.exceptionHandler(failure -> {
            if (isAbandonedUpgrade(failure)) {
                LOG.debugf("a client left during its WebSocket upgrade: %s", failure);
            } else if (previous != null) {
                previous.handle(failure);
            } else {
                LOG.error("Uncaught exception received by Vert.x", failure);
            }
        });
    }

    static boolean isAbandonedUpgrade(Throwable failure) {
        if (!(failure instanceof IllegalStateException) || !"Result is already complete".equals(failure.getMessage())) {
            return false;
        }
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().endsWith("Http1xServerConnection") && frame.getMethodName().startsWith(
                    "lambda$createWebSocket")) {
                return true;
            }
        }
        return false;
    }
}
