package io.quizcast.game.ws;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpServerRequest;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * Ends an upgraded request for Quarkus's graceful shutdown once its socket closed. Quarkus 3.33 counts a request as
 * in flight until its response ends or closes, which never happens once it became a WebSocket: one game socket,
 * even closed long ago, made every later shutdown wait its whole {@code quarkus.shutdown.timeout}
 * ({@code UpgradeStormIT}). Quarkus offers no public way to say a request is done, hence the one reflective call.
 */
@RegisterForReflection(targets = QuarkusRequestWrapper.class, methods = true, fields = false)
final class UpgradedRequest {

    private static final Logger LOG = Logger.getLogger(UpgradedRequest.class);
    private static final Method DONE = find();

    private UpgradedRequest() {
    }

    /** What to run when the socket of this upgrade closes (nothing, where the request is not Quarkus's). */
    static Runnable doneWhenClosed(HttpServerRequest request) {
        if (DONE == null) {
            return () -> {
            };
        }
        QuarkusRequestWrapper wrapper;
        try {
            wrapper = QuarkusRequestWrapper.get(request);
        } catch (RuntimeException e) {
            LOG.debugf("no Quarkus request wrapper to end: %s", e);
            return () -> {
            };
        }
        return () -> {
            try {
                DONE.invoke(wrapper); // runs once: the wrapper ignores a second call
            } catch (ReflectiveOperationException e) {
                LOG.debugf("could not end the upgraded request: %s", e);
            }
        };
    }

    private static Method find() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Quarkus's request wrapper changed (%s): a shutdown waits its whole timeout after game sockets",
                    e);
            return null;
        }
    }
}
