package io.quizcast.common.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * One statement on a connection borrowed from the reactive pool for it. Never {@code pool.query(..)} directly:
 * when the database is unreachable, the pool's own statement path leaves its acquire timer armed, and when it fires
 * Vert.x reports an uncaught {@code IllegalStateException: Result is already complete} (vertx-sql-client#1706,
 * still in 4.5.27); the borrowed-connection path cancels its timer on failure.
 */
@ApplicationScoped
public class PooledStatements {

    private final Pool pool;

    PooledStatements(Pool pool) {
        this.pool = pool;
    }

    public Uni<RowSet<Row>> query(String sql) {
        return pool.withConnection(connection -> connection.query(sql).execute());
    }

    public Uni<RowSet<Row>> query(String sql, Tuple arguments) {
        return pool.withConnection(connection -> connection.preparedQuery(sql).execute(arguments));
    }

    /**
     * Several statements on one borrowed connection: those started before the first answers are pipelined (sent at
     * once and executed in order, each in its own transaction), so they cost one round trip between them.
     */
    public <T> Uni<T> onOneConnection(Function<SqlConnection, Uni<T>> statements) {
        return pool.withConnection(statements);
    }
}
