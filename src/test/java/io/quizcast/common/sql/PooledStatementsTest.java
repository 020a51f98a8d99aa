package io.quizcast.common.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Statements against an unreachable database fail their caller and leave nothing behind on the event loop. */
class PooledStatementsTest {

    private static final int ACQUIRE_TIMEOUT_MS = 200;

    private Vertx vertx;
    private Pool pool;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @BeforeEach
    void unreachableDatabase() throws IOException {
        vertx = Vertx.vertx();
        vertx.exceptionHandler(uncaught::add);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(2).setConnectionTimeout(ACQUIRE_TIMEOUT_MS)
                        .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS))
                .connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(port).setDatabase("none")
                        .setUser("none").setPassword("none"))
                .using(vertx).build();
    }

    @AfterEach
    void close() {
        pool.close().toCompletionStage().toCompletableFuture().join();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aStatementFailsItsCallerAndNoTimerFiresAfterIt() {
        PooledStatements statements = new PooledStatements(io.vertx.mutiny.sqlclient.Pool.newInstance(pool));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> statements.query("SELECT 1").await().atMost(Duration.ofSeconds(5)))
                    .hasMessageContaining("Connection refused");
            assertThatThrownBy(() -> statements
                    .query("SELECT $1::int", io.vertx.mutiny.sqlclient.Tuple.of(1)).await()
                    .atMost(Duration.ofSeconds(5)))
                    .hasMessageContaining("Connection refused");
        }
        await().during(Duration.ofMillis(ACQUIRE_TIMEOUT_MS * 4L)).atMost(Duration.ofSeconds(3))
                .until(uncaught::isEmpty);
    }

    /** The reason for PooledStatements: when this fails, vertx-sql-client#1706 is fixed and the class can go. */
    @Test
    void thePoolsOwnStatementPathStillFiresItsTimerAfterTheFailure() {
        pool.preparedQuery("SELECT $1::int").execute(Tuple.of(1));
        await().atMost(Duration.ofSeconds(3)).until(() -> !uncaught.isEmpty());
        assertThat(uncaught.get(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Result is already complete");
    }
}
