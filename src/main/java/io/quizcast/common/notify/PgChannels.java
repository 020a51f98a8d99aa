package io.quizcast.common.notify;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * PostgreSQL {@code LISTEN} for the whole process: one dedicated connection (outside the pool) through the reactive
 * client's {@code PgSubscriber}, reconnected after an outage; notices sent while it was away are not replayed (the
 * owners' renewal catches a lost event, see docs/decisions.md).
 */
@ApplicationScoped
public class PgChannels {

    private static final Logger LOG = Logger.getLogger(PgChannels.class);
    private static final long RECONNECT_DELAY_MS = 500;

    private final PgSubscriber subscriber;
    private final Vertx vertx;
    private volatile boolean stopped;

    PgChannels(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        this.vertx = vertx;
        this.subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> RECONNECT_DELAY_MS);
        subscriber.closeHandler(ignored -> LOG.debug("the LISTEN connection closed"));
    }

    /** Calls {@code handler} with the payload of every notice on {@code channel}, from now on. */
    public void listen(String channel, Consumer<String> handler) {
        subscriber.channel(channel).handler(payload -> {
            try {
                handler.accept(payload);
            } catch (RuntimeException e) {
                LOG.warnf(e, "a notice on %s could not be handled: %s", channel, payload);
            }
        });
    }

    void start(@Observes StartupEvent event) {
        connect();
    }

    // the reconnect policy covers a connection that closes; the first connection is retried here
    private void connect() {
        subscriber.connect(result -> {
            if (result.failed() && !stopped) {
                LOG.debugf("LISTEN connection not made (%s); retrying", result.cause().toString());
                vertx.setTimer(RECONNECT_DELAY_MS, id -> connect());
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        subscriber.close();
    }
}
