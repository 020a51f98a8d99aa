package io.quizcast.common.sql;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quizcast.common.vertx.Contexts;
import io.smallrye.mutiny.Uni;
import io.vertx.core.VertxOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A small pool whose connections live on an event loop of their own, which no socket uses: for the few reads whose
 * results are large and wanted at once (a room's load of 10,000 participants). On the shared loops such a result is
 * read a buffer per turn of a loop that a takeover's thousands of arriving sockets keep busy: measured, 3.6 to 6.5 s
 * for what takes 0.1 s alone (docs/decisions.md, "A takeover's room load"). The work's outcome is handed back to the
 * caller's context.
 */
@ApplicationScoped
public class QuietLoopPool {

    /** Two rooms may load at once; more wait for a connection. */
    static final int CONNECTIONS = 2;

    private volatile List<SqlConnectOptions> connectOptions;
    private Vertx vertx;
    private Pool pool;

    /** The main pool's connect options, copied (called where the main pool is built). */
    public void connectLike(List<PgConnectOptions> options) {
        List<SqlConnectOptions> copies = new ArrayList<>(options.size());
        for (PgConnectOptions o : options) {
            copies.add(new PgConnectOptions(o));
        }
        connectOptions = copies;
    }

    /** {@code work} on one connection of this pool, its statements pipelined; its outcome on the caller's context. */
    public <T> Uni<T> onOneConnection(Function<SqlConnection, Uni<T>> work) {
        Executor back = Contexts.executorOfCurrent();
        return Uni.createFrom().deferred(() -> pool().withConnection(work)).emitOn(back);
    }

    /** Its Vert.x instance, made at start, off any event loop (Vert.x warns when one is made on one). */
    synchronized void onStart(@Observes StartupEvent event) {
        if (vertx == null) {
            vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                    .setInternalBlockingPoolSize(1));
        }
    }

    private synchronized Pool pool() {
        if (pool == null) {
            if (connectOptions == null || vertx == null) {
                throw new IllegalStateException("the main pool is not built yet");
            }
            pool = Pool.newInstance(PgBuilder.pool()
                    .with(new PoolOptions().setMaxSize(CONNECTIONS).setEventLoopSize(1).setIdleTimeout(10)
                            .setIdleTimeoutUnit(TimeUnit.MINUTES))
                    .connectingTo(connectOptions)
                    .using(vertx.getDelegate())
                    .build());
        }
        return pool;
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (pool != null) {
            pool.closeAndAwait();
            pool = null;
        }
        if (vertx != null) {
            vertx.closeAndAwait();
            vertx = null;
        }
    }
}
