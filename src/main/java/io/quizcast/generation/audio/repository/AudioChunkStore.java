package io.quizcast.generation.audio.repository;

import io.quizcast.common.sql.PooledStatements;
import io.quizcast.generation.audio.Takes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Recorded audio in PostgreSQL (bytea), one row per chunk, on the plain pool: one statement per call. */
@ApplicationScoped
public class AudioChunkStore {

    /** What storing one chunk did. */
    public enum Outcome {
        STORED,
        ALREADY_STORED,
        CONFLICT,
        CLOSED,
        FULL
    }

    /** A chunk to store. */
    public record NewChunk(UUID segmentId, int index, boolean takeStart, String contentType, String sha256,
            byte[] data) {
    }

    // one statement: the segment's job may not have begun, the segment's total stays under its cap, and an index
    // already stored is compared by its hash (a retried upload is stored once)
    private static final String INSERT = """
            WITH closed AS (
                SELECT 1 FROM generation_jobs
                WHERE segment_id = $1 AND source = 'audio'
                  AND (status = 'drafts_ready' OR (finalized AND status = 'running'))
                LIMIT 1),
            total AS (SELECT coalesce(sum(byte_size), 0) AS bytes FROM audio_chunks WHERE segment_id = $1),
            stored AS (
                INSERT INTO audio_chunks (segment_id, chunk_index, take_start, content_type, byte_size, sha256, data)
                SELECT $1, $2, $3, $4, CAST($5 AS int), $6, $7
                WHERE NOT EXISTS (SELECT 1 FROM closed) AND (SELECT bytes FROM total) + CAST($5 AS bigint) <= $8
                ON CONFLICT (segment_id, chunk_index) DO NOTHING
                RETURNING sha256)
            SELECT EXISTS (SELECT 1 FROM stored) AS stored,
                   (SELECT sha256 FROM audio_chunks WHERE segment_id = $1 AND chunk_index = $2) AS existing,
                   EXISTS (SELECT 1 FROM closed) AS closed""";

    private final PooledStatements statements;

    AudioChunkStore(PooledStatements statements) {
        this.statements = statements;
    }

    /** Stores a chunk unless the segment's recording is closed, it would pass {@code maxSegmentBytes}, or it is known. */
    public Uni<Outcome> insert(NewChunk chunk, long maxSegmentBytes) {
        return statements.query(INSERT, Tuple.from(new Object[]{chunk.segmentId(), chunk.index(), chunk.takeStart(),
                chunk.contentType(), chunk.data().length, chunk.sha256(),
                io.vertx.core.buffer.Buffer.buffer(chunk.data()),
                maxSegmentBytes})).map(rows -> {
                    Row r = rows.iterator().next();
                    if (r.getBoolean("stored")) {
                        return Outcome.STORED;
                    }
                    String existing = r.getString("existing");
                    if (existing != null) {
                        return existing.equals(chunk.sha256()) ? Outcome.ALREADY_STORED : Outcome.CONFLICT;
                    }
                    return r.getBoolean("closed") ? Outcome.CLOSED : Outcome.FULL;
                });
    }

    /** The segment's chunks without their bytes, by index. */
    public Uni<List<Takes.Chunk>> list(UUID segmentId) {
        return statements.query("""
                SELECT chunk_index, take_start, content_type, byte_size, sha256 FROM audio_chunks
                WHERE segment_id = $1 ORDER BY chunk_index""", Tuple.of(segmentId)).map(rows -> {
            List<Takes.Chunk> chunks = new ArrayList<>();
            rows.forEach(r -> chunks.add(new Takes.Chunk(r.getInteger("chunk_index"), r.getBoolean("take_start"),
                    r.getString("content_type"), r.getInteger("byte_size"), r.getString("sha256"))));
            return chunks;
        });
    }

    /** The bytes of chunks first..last joined in index order: one take's file. */
    public Uni<byte[]> join(UUID segmentId, int first, int last) {
        return statements.query("""
                SELECT data FROM audio_chunks WHERE segment_id = $1 AND chunk_index BETWEEN $2 AND $3
                ORDER BY chunk_index""", Tuple.of(segmentId, first, last)).map(rows -> {
            io.vertx.core.buffer.Buffer joined = io.vertx.core.buffer.Buffer.buffer();
            rows.forEach(r -> joined.appendBuffer(r.getBuffer("data").getDelegate()));
            return joined.getBytes();
        });
    }

    /** Deletes chunks first..last (their transcript is stored). */
    public Uni<Integer> delete(UUID segmentId, int first, int last) {
        return statements.query("DELETE FROM audio_chunks WHERE segment_id = $1 AND chunk_index BETWEEN $2 AND $3",
                Tuple.of(segmentId, first, last)).map(rows -> rows.rowCount());
    }
}
