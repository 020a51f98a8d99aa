package io.quizcast.health;

import io.quizcast.common.sql.PooledStatements;
import io.quizcast.config.QuizcastConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Real, time-bounded round trips to PostgreSQL over the reactive pool; never blocks, never a constant. */
@ApplicationScoped
public class DatabaseProbe {

    /** What one probe saw. */
    public record Result(boolean up, long latencyMs, String error) {
    }

    private final PooledStatements statements;
    private final Duration timeout;

    DatabaseProbe(PooledStatements statements, QuizcastConfig config) {
        this.statements = statements;
        this.timeout = config.health().databaseTimeout();
    }

    public Uni<Result> ping() {
        long start = System.nanoTime();
        return statements.query("SELECT 1")
                .ifNoItem().after(timeout).fail()
                .map(rows -> new Result(true, elapsedMs(start), null))
                .onFailure().recoverWithItem(f -> new Result(false, elapsedMs(start), describe(f)));
    }

    /** Whether the migration with this version is recorded as applied. */
    public Uni<Result> migrationApplied(String version) {
        long start = System.nanoTime();
        return statements
                .query("SELECT count(*) FROM flyway_schema_history WHERE success AND version = $1", Tuple.of(version))
                .ifNoItem().after(timeout).fail()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    boolean applied = row.getLong(0) > 0;
                    return new Result(applied, elapsedMs(start), applied ? null : "migration " + version + " missing");
                })
                .onFailure().recoverWithItem(f -> new Result(false, elapsedMs(start), describe(f)));
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String describe(Throwable failure) {
        return failure instanceof io.smallrye.mutiny.TimeoutException ? "timed out"
                : failure.getClass().getSimpleName();
    }
}
