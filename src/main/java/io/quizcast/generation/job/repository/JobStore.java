package io.quizcast.generation.job.repository;

import io.quizcast.common.sql.PooledStatements;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.JobSource;
import io.quizcast.generation.job.JobStage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Generation jobs in PostgreSQL. A process claims a due job with {@code FOR UPDATE SKIP LOCKED}, holds it by a lease
 * it renews, and names the claim's token in every write: once another process has taken the job over (the lease ran
 * out) or it was cancelled, the old holder's writes change nothing.
 */
@ApplicationScoped
public class JobStore {

    public static final String CHANNEL = "quizcast_jobs";

    static final String COLUMNS = """
            id, segment_id, event_id, source, status, stage, progress, attempts, error_code, error_message,
            drafts_count, chunks_processed, transcript_length, audio_seconds, prompt_tokens, completion_tokens,
            prompt_version, finalized, created_at, started_at, finished_at, input_text, target_draft_id, created_by,
            lease_token""";

    private final PooledStatements statements;

    JobStore(PooledStatements statements) {
        this.statements = statements;
    }

    /** A new job, unless the segment has a live one: then that one. Either way every process is told to look. */
    public Uni<Job> insertOrLive(UUID id, UUID segmentId, UUID eventId, UUID createdBy, JobSource source,
            boolean finalized, String inputText, UUID targetDraftId) {
        return statements.query("""
                WITH created AS (
                    INSERT INTO generation_jobs (id, segment_id, event_id, created_by, source, status, stage, finalized,
                                                 input_text, target_draft_id)
                    VALUES ($1, $2, $3, $4, $5, 'queued', 'queued', $6, $7, $8)
                    ON CONFLICT (segment_id) WHERE status IN ('queued', 'running') DO NOTHING
                    RETURNING id),
                woken AS (SELECT pg_notify('%s', $2::text) FROM created)
                SELECT (SELECT id FROM created) AS created, (SELECT count(*) FROM woken) AS woken""".formatted(CHANNEL),
                Tuple.from(new Object[]{id, segmentId, eventId, createdBy, source.wire(), finalized, inputText,
                        targetDraftId}))
                .chain(rows -> rows.iterator().next().getUUID("created") != null ? find(id)
                        : live(segmentId)
                                .chain(live -> live != null ? Uni.createFrom().item(live) : latest(segmentId)));
    }

    /** Whether this call created the job (a repeat found the live one). */
    public static boolean created(Job job, UUID id) {
        return job != null && job.id().equals(id);
    }

    /** The segment's queued or running job, or null. */
    public Uni<Job> live(UUID segmentId) {
        return one(
                "SELECT " + COLUMNS + " FROM generation_jobs WHERE segment_id = $1 AND status IN ('queued', 'running')",
                Tuple.of(segmentId));
    }

    /** The segment's newest job, or null. */
    public Uni<Job> latest(UUID segmentId) {
        return one("SELECT " + COLUMNS + " FROM generation_jobs WHERE segment_id = $1 ORDER BY created_at DESC LIMIT 1",
                Tuple.of(segmentId));
    }

    public Uni<Job> find(UUID jobId) {
        return one("SELECT " + COLUMNS + " FROM generation_jobs WHERE id = $1", Tuple.of(jobId));
    }

    /** Jobs the event has started, and those the account started in the last hour with the oldest one's time. */
    public Uni<Quota> quota(UUID eventId, UUID account) {
        return statements.query("""
                SELECT (SELECT count(*) FROM generation_jobs WHERE event_id = $1) AS of_event,
                       (SELECT count(*) FROM generation_jobs WHERE created_by = $2
                          AND created_at > now() - interval '1 hour') AS of_hour,
                       (SELECT min(created_at) FROM generation_jobs WHERE created_by = $2
                          AND created_at > now() - interval '1 hour') AS oldest""", Tuple.of(eventId, account))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    var oldest = r.getOffsetDateTime("oldest");
                    return new Quota(r.getLong("of_event"), r.getLong("of_hour"),
                            oldest == null ? null : oldest.toInstant());
                });
    }

    /** How many jobs an event and an account have started. */
    public record Quota(long ofEvent, long ofHour, java.time.Instant oldestOfHour) {
    }

    /** Marks a live audio job finalized (the talk ended) and due now; null when the segment has none. */
    public Uni<Job> finalizeLive(UUID segmentId) {
        return one("""
                WITH done AS (
                    UPDATE generation_jobs SET finalized = true, next_attempt_at = now()
                    WHERE segment_id = $1 AND status IN ('queued', 'running') AND source = 'audio' RETURNING %s),
                woken AS (SELECT pg_notify('%s', $1::text) FROM done)
                SELECT * FROM done WHERE (SELECT count(*) FROM woken) >= 0""".formatted(COLUMNS, CHANNEL),
                Tuple.of(segmentId));
    }

    /**
     * A take just ended: the segment's unfinalized audio job is due now; if it is running, its pass ends by being
     * due again at once (a claim sets an unfinalized job's due time to never, a wake to now, and the pass keeps it).
     */
    public Uni<Void> wake(UUID segmentId) {
        return statements.query("""
                WITH woken AS (
                    UPDATE generation_jobs SET next_attempt_at = now()
                    WHERE segment_id = $1 AND status IN ('queued', 'running') AND NOT finalized RETURNING id)
                SELECT pg_notify('%s', $1::text) FROM woken""".formatted(CHANNEL), Tuple.of(segmentId))
                .replaceWithVoid();
    }

    /** Claims the oldest due job (queued and due, or running with an expired lease) for {@code owner}, or null. */
    public Uni<Job> claim(String owner, Duration lease) {
        return one("""
                UPDATE generation_jobs SET status = 'running', lease_owner = $1,
                       lease_until = now() + make_interval(secs => $2), lease_token = lease_token + 1,
                       attempts = attempts + CASE WHEN finalized THEN 1 ELSE 0 END,
                       next_attempt_at = CASE WHEN finalized THEN next_attempt_at ELSE 'infinity' END,
                       started_at = coalesce(started_at, now())
                WHERE id = (SELECT id FROM generation_jobs
                            WHERE (status = 'queued' AND next_attempt_at <= now())
                               OR (status = 'running' AND lease_until < now())
                            ORDER BY next_attempt_at FOR UPDATE SKIP LOCKED LIMIT 1)
                RETURNING %s""".formatted(COLUMNS), Tuple.of(owner, lease.toMillis() / 1000.0));
    }

    /** Hands back every job this process holds (at shutdown): queued again, due now. */
    public Uni<Void> release(String owner) {
        return statements
                .query("""
                        WITH released AS (
                            UPDATE generation_jobs SET status = 'queued', lease_owner = NULL, lease_until = NULL,
                                   lease_token = lease_token + 1, next_attempt_at = now()
                            WHERE lease_owner = $1 AND status = 'running' RETURNING segment_id)
                        SELECT pg_notify('%s', segment_id::text) FROM released"""
                        .formatted(CHANNEL), Tuple.of(owner))
                .replaceWithVoid();
    }

    /** Extends the holder's lease; false when the job is no longer the holder's. */
    public Uni<Boolean> renew(UUID jobId, long token, Duration lease) {
        return statements.query("""
                UPDATE generation_jobs SET lease_until = now() + make_interval(secs => $3)
                WHERE id = $1 AND lease_token = $2 AND status = 'running'""",
                Tuple.of(jobId, token, lease.toMillis() / 1000.0)).map(rows -> rows.rowCount() == 1);
    }

    /** The holder's progress; false when the job is no longer the holder's. */
    public Uni<Boolean> progress(UUID jobId, long token, JobStage stage, int progress) {
        return statements.query("""
                UPDATE generation_jobs SET stage = $3, progress = $4
                WHERE id = $1 AND lease_token = $2 AND status = 'running'""",
                Tuple.of(jobId, token, stage.wire(), progress)).map(rows -> rows.rowCount() == 1);
    }

    /** Usage and sizes the holder learnt; false when the job is no longer the holder's. */
    public Uni<Boolean> usage(UUID jobId, long token, Usage usage) {
        return statements.query("""
                UPDATE generation_jobs SET chunks_processed = coalesce($3, chunks_processed),
                       transcript_length = coalesce($4, transcript_length),
                       audio_seconds = CASE WHEN CAST($5 AS numeric) IS NULL THEN audio_seconds
                           ELSE coalesce(audio_seconds, 0) + CAST($5 AS numeric) END,
                       prompt_tokens = coalesce(prompt_tokens, 0) + $6,
                       completion_tokens = coalesce(completion_tokens, 0) + $7,
                       prompt_version = coalesce($8, prompt_version)
                WHERE id = $1 AND lease_token = $2 AND status = 'running'""", Tuple.from(new Object[]{jobId, token,
                usage.chunksProcessed(), usage.transcriptLength(), usage.audioSeconds(), usage.promptTokens(),
                usage.completionTokens(), usage.promptVersion()})).map(rows -> rows.rowCount() == 1);
    }

    /** What a job measured. */
    public record Usage(Integer chunksProcessed, Integer transcriptLength, java.math.BigDecimal audioSeconds,
            int promptTokens, int completionTokens, String promptVersion) {
    }

    /**
     * An unfinalized job's pass is over: queued, due when the next take ends (at once if one ended during the pass, or
     * if the talk was finalized meanwhile).
     */
    public Uni<Boolean> park(UUID jobId, long token) {
        return statements.query("""
                UPDATE generation_jobs SET status = 'queued', stage = 'transcribing', lease_owner = NULL,
                       lease_until = NULL, next_attempt_at = CASE WHEN finalized THEN now() ELSE next_attempt_at END
                WHERE id = $1 AND lease_token = $2 AND status = 'running'""", Tuple.of(jobId, token))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Back to the queue after a passing failure, due after {@code delay}; false when no longer the holder's. */
    public Uni<Boolean> requeue(UUID jobId, long token, Duration delay, String code, String message) {
        return statements.query("""
                UPDATE generation_jobs SET status = 'queued', lease_owner = NULL, lease_until = NULL,
                       next_attempt_at = now() + make_interval(secs => $3), error_code = $4, error_message = $5
                WHERE id = $1 AND lease_token = $2 AND status = 'running'""",
                Tuple.of(jobId, token, delay.toMillis() / 1000.0, code).addString(message))
                .map(rows -> rows.rowCount() == 1);
    }

    /** The job failed for good, in the caller's transaction; false when no longer the holder's. */
    public Uni<Boolean> fail(SqlClient tx, UUID jobId, long token, String code, String message) {
        return tx.preparedQuery("""
                UPDATE generation_jobs SET status = 'failed', lease_owner = NULL, lease_until = NULL,
                       error_code = $3, error_message = $4, finished_at = now()
                WHERE id = $1 AND lease_token = $2 AND status = 'running'""")
                .execute(Tuple.of(jobId, token, code, message)).map(rows -> rows.rowCount() == 1);
    }

    /** The job's drafts are stored, in the caller's transaction; false when no longer the holder's. */
    public Uni<Boolean> done(SqlClient tx, UUID jobId, long token, int drafts) {
        return tx.preparedQuery("""
                UPDATE generation_jobs SET status = 'drafts_ready', stage = 'done', progress = 100,
                       lease_owner = NULL, lease_until = NULL, drafts_count = $3, error_code = NULL,
                       error_message = NULL, finished_at = now()
                WHERE id = $1 AND lease_token = $2 AND status = 'running'""")
                .execute(Tuple.of(jobId, token, drafts)).map(rows -> rows.rowCount() == 1);
    }

    /** Cancels a live job (its holder's next write changes nothing); null when it was not live. */
    public Uni<Job> cancel(UUID jobId) {
        return one("""
                UPDATE generation_jobs SET status = 'cancelled', lease_owner = NULL, lease_until = NULL,
                       lease_token = lease_token + 1, finished_at = now()
                WHERE id = $1 AND status IN ('queued', 'running') RETURNING %s""".formatted(COLUMNS),
                Tuple.of(jobId));
    }

    /** A failed or cancelled job queued again from its start (stored transcripts are reused); null otherwise. */
    public Uni<Job> retry(UUID jobId) {
        return one("""
                WITH again AS (
                    UPDATE generation_jobs SET status = 'queued', stage = 'queued', progress = 0, attempts = 0,
                           finalized = true, next_attempt_at = now(), error_code = NULL, error_message = NULL,
                           finished_at = NULL
                    WHERE id = $1 AND status IN ('failed', 'cancelled') RETURNING %s),
                woken AS (SELECT pg_notify('%s', segment_id::text) FROM again)
                SELECT * FROM again WHERE (SELECT count(*) FROM woken) >= 0""".formatted(COLUMNS, CHANNEL),
                Tuple.of(jobId));
    }

    private Uni<Job> one(String sql, Tuple args) {
        return statements.query(sql, args).map(JobStore::first);
    }

    static Job first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : of(rows.iterator().next());
    }

    static Job of(Row r) {
        return new Job(r.getUUID("id"), r.getUUID("segment_id"), r.getUUID("event_id"), r.getString("source"),
                r.getString("status"), r.getString("stage"), r.getInteger("progress"), r.getInteger("attempts"),
                r.getString("error_code"), r.getString("error_message"), r.getInteger("drafts_count"),
                r.getInteger("chunks_processed"), r.getInteger("transcript_length"),
                r.getBigDecimal("audio_seconds"), r.getInteger("prompt_tokens"), r.getInteger("completion_tokens"),
                r.getString("prompt_version"), r.getBoolean("finalized"), instant(r, "created_at"),
                instant(r, "started_at"), instant(r, "finished_at"), r.getString("input_text"),
                r.getUUID("target_draft_id"), r.getUUID("created_by"), r.getLong("lease_token"));
    }

    private static java.time.Instant instant(Row r, String column) {
        var value = r.getOffsetDateTime(column);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
