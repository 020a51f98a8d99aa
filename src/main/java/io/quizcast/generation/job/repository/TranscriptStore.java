package io.quizcast.generation.job.repository;

import io.quizcast.common.sql.PooledStatements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What speech to text said for each take of a segment, kept so that no audio is ever paid for twice. */
@ApplicationScoped
public class TranscriptStore {

    /** One take's transcript: the chunks it came from, a hash of exactly their bytes, the text, the seconds. */
    public record Part(int firstChunk, int lastChunk, String audioSha256, String text, BigDecimal audioSeconds) {
    }

    private final PooledStatements statements;

    TranscriptStore(PooledStatements statements) {
        this.statements = statements;
    }

    /** The segment's parts in talk order. */
    public Uni<List<Part>> list(UUID segmentId) {
        return statements.query("""
                SELECT first_chunk, last_chunk, audio_sha256, text, audio_seconds FROM transcript_parts
                WHERE segment_id = $1 ORDER BY first_chunk""", Tuple.of(segmentId)).map(rows -> {
            List<Part> parts = new ArrayList<>();
            rows.forEach(r -> parts.add(new Part(r.getInteger("first_chunk"), r.getInteger("last_chunk"),
                    r.getString("audio_sha256"), r.getString("text"), r.getBigDecimal("audio_seconds"))));
            return parts;
        });
    }

    /** Stores a take's transcript (a take that grew since replaces its shorter transcript). */
    public Uni<Void> save(UUID segmentId, Part part) {
        return statements.query("""
                INSERT INTO transcript_parts (segment_id, first_chunk, last_chunk, audio_sha256, text, audio_seconds)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (segment_id, first_chunk) DO UPDATE SET last_chunk = EXCLUDED.last_chunk,
                    audio_sha256 = EXCLUDED.audio_sha256, text = EXCLUDED.text, audio_seconds = EXCLUDED.audio_seconds,
                    created_at = now()""", Tuple.from(new Object[]{segmentId, part.firstChunk(), part.lastChunk(),
                part.audioSha256(), part.text(), part.audioSeconds()})).replaceWithVoid();
    }
}
