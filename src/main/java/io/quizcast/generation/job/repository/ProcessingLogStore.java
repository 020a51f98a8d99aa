package io.quizcast.generation.job.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizcast.common.sql.PooledStatements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The processing log a host reads (GET processing-logs): one line per step of recording and generation. */
@ApplicationScoped
public class ProcessingLogStore {

    /** How many lines the route answers, newest first (the original's limit). */
    public static final int LIMIT = 100;

    /** A line, in the original client's shape. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record Line(String stage, String message, String level, Instant createdAt) {
    }

    private final PooledStatements statements;

    ProcessingLogStore(PooledStatements statements) {
        this.statements = statements;
    }

    public Uni<Void> info(UUID segmentId, UUID jobId, String stage, String message) {
        return add(segmentId, jobId, stage, "info", message);
    }

    public Uni<Void> warning(UUID segmentId, UUID jobId, String stage, String message) {
        return add(segmentId, jobId, stage, "warning", message);
    }

    public Uni<Void> error(UUID segmentId, UUID jobId, String stage, String message) {
        return add(segmentId, jobId, stage, "error", message);
    }

    private Uni<Void> add(UUID segmentId, UUID jobId, String stage, String level, String message) {
        return statements.query("""
                INSERT INTO processing_logs (segment_id, job_id, stage, level, message) VALUES ($1, $2, $3, $4, $5)""",
                Tuple.of(segmentId, jobId, stage, level, message)).replaceWithVoid();
    }

    public Uni<List<Line>> latest(UUID segmentId) {
        return statements.query("""
                SELECT stage, message, level, created_at FROM processing_logs WHERE segment_id = $1
                ORDER BY created_at DESC, id DESC LIMIT %d""".formatted(LIMIT), Tuple.of(segmentId)).map(rows -> {
            List<Line> lines = new ArrayList<>();
            rows.forEach(r -> lines.add(new Line(r.getString("stage"), r.getString("message"), r.getString("level"),
                    r.getOffsetDateTime("created_at").toInstant())));
            return lines;
        });
    }
}
