package io.quizcast.config;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.quizcast.common.sql.QuietLoopPool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Builds the reactive pool from Quarkus's options plus what Quarkus has no key for: the acquire timeout, and a limit on
 * how long a transaction may sit idle (one lease) so a hung owner cannot block a take-over. The quiet loop's pool
 * connects the same way.
 */
@ApplicationScoped
public class PoolCustomizer implements PgPoolCreator {

    private final QuizcastConfig config;
    private final QuietLoopPool quietLoop;

    PoolCustomizer(QuizcastConfig config, QuietLoopPool quietLoop) {
        this.config = config;
        this.quietLoop = quietLoop;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions options = input.poolOptions();
        options.setConnectionTimeout((int) config.db().acquireTimeout().toMillis());
        options.setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        // at most this many requests wait for a connection; beyond it they fail fast instead of queueing forever
        options.setMaxWaitQueueSize(config.db().maxWaitQueue());
        // a process that hangs inside a transaction (a long pause, SIGSTOP) holds its fence's key-share lock on the event's
        // owner row, and a take-over would wait for it for ever: PostgreSQL ends such a transaction after a lease
        String stalled = String.valueOf(config.owner().lease().toMillis());
        for (PgConnectOptions connect : input.pgConnectOptionsList()) {
            connect.addProperty("idle_in_transaction_session_timeout", stalled);
        }
        quietLoop.connectLike(input.pgConnectOptionsList());
        return PgBuilder.pool()
                .with(options)
                .connectingTo(
                        new java.util.ArrayList<io.vertx.sqlclient.SqlConnectOptions>(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }
}
