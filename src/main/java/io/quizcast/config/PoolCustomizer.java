package io.quizcast.config;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/** Builds the reactive pool from Quarkus's options plus the acquire timeout, which Quarkus has no key for. */
@ApplicationScoped
public class PoolCustomizer implements PgPoolCreator {

    private final QuizcastConfig config;

    PoolCustomizer(QuizcastConfig config) {
        this.config = config;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions options = input.poolOptions();
        options.setConnectionTimeout((int) config.db().acquireTimeout().toMillis());
        options.setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        // at most this many requests wait for a connection; beyond it they fail fast instead of queueing forever
        options.setMaxWaitQueueSize(options.getMaxSize() * 64);
        return PgBuilder.pool()
                .with(options)
                .connectingTo(
                        new java.util.ArrayList<io.vertx.sqlclient.SqlConnectOptions>(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }
}
