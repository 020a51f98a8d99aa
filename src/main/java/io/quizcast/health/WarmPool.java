package io.quizcast.health;

import io.quarkus.runtime.StartupEvent;
import io.quizcast.common.sql.ConnectionWarmer;
import io.quizcast.config.QuizcastConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Opens the reactive pool's first connections at start, all at once, before readiness says up: a fresh pod's first
 * joins otherwise each paid a new PostgreSQL connection (its set-up and authentication), the slowest of them 5 to 8
 * times the steady state's (docs/BENCHMARKS.md, scenario warm-up). On each, the features' {@link ConnectionWarmer}
 * statements run first, so that the backend's first reads of their tables are not a request's. Retried by each
 * readiness probe until it worked once; the pool's idle timeout (10 minutes) keeps them after.
 */
@ApplicationScoped
public class WarmPool {

    private static final Logger LOG = Logger.getLogger(WarmPool.class);

    private final Pool pool;
    private final int connections;
    private final List<ConnectionWarmer.Statement> statements;
    private volatile boolean warm;
    private final AtomicReference<Uni<Boolean>> running = new AtomicReference<>();

    @Inject
    WarmPool(Pool pool, QuizcastConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.max-size", defaultValue = "20") int maxSize,
            Instance<ConnectionWarmer> warmers) {
        this(pool, config.health().warmConnections(), maxSize,
                warmers.stream().flatMap(w -> w.warmingStatements().stream()).toList());
    }

    /**
     * At most one less than the pool holds: they are held together until all are open, and a pool of that size
     * would wait for ever for the one they hold (and anything else at start would wait for them).
     */
    WarmPool(Pool pool, int wanted, int maxSize, List<ConnectionWarmer.Statement> statements) {
        this.pool = pool;
        this.statements = List.copyOf(statements);
        this.connections = Math.max(0, Math.min(wanted, maxSize - 1));
    }

    void onStart(@Observes StartupEvent event) {
        warm().subscribe().with(ok -> {
        }, f -> LOG.debugf("opening the pool's first connections failed: %s", f));
    }

    /** Whether the first connections are open (once true, for good). */
    public boolean isWarm() {
        return warm;
    }

    /** Opens the first connections, or joins the attempt under way: true once they are open. */
    public Uni<Boolean> warm() {
        if (warm || connections == 0) {
            warm = true;
            return Uni.createFrom().item(Boolean.TRUE);
        }
        Uni<Boolean> attempt = running.get();
        if (attempt != null) {
            return attempt;
        }
        Uni<Boolean> fresh = open().memoize().indefinitely();
        return running.compareAndSet(null, fresh) ? fresh : running.get();
    }

    /** The features' warming statements one after the other (a connection runs one at a time anyway). */
    private Uni<Void> warmUp(SqlConnection connection) {
        Uni<Void> chain = connection.query("SELECT 1").execute().replaceWithVoid();
        for (ConnectionWarmer.Statement statement : statements) {
            chain = chain.chain(() -> connection.preparedQuery(statement.sql())
                    .execute(Tuple.from(statement.arguments())).replaceWithVoid());
        }
        return chain;
    }

    // held together, so that each is a connection of its own, then all given back to the pool
    private Uni<Boolean> open() {
        long started = System.nanoTime();
        List<Uni<SqlConnection>> opening = new ArrayList<>(connections);
        for (int i = 0; i < connections; i++) {
            opening.add(pool.getConnection()
                    .call(c -> warmUp(c).onFailure().call(c::close)));
        }
        return Uni.join().all(opening).andCollectFailures()
                .call(open -> Uni.join().all(open.stream().map(SqlConnection::close).toList()).andCollectFailures())
                .map(open -> {
                    warm = true;
                    LOG.infof("opened the pool's first %d connections in %d ms", open.size(),
                            (System.nanoTime() - started) / 1_000_000);
                    return Boolean.TRUE;
                })
                .onTermination().invoke(() -> running.set(null));
    }
}
