package io.quizcast.image.repository;

import io.quizcast.common.sql.PooledStatements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Images in PostgreSQL (bytea), on the plain pool: one statement per call. */
@ApplicationScoped
public class ImageStore {

    /** An image as stored. */
    public record Stored(UUID id, UUID eventId, String contentType, int width, int height, String sha256,
            byte[] data) {
    }

    /** Whether the caller may add images to the event, and how many it holds; null when there is no such event. */
    public record Access(boolean allowed, long images) {
    }

    private final PooledStatements statements;

    ImageStore(PooledStatements statements) {
        this.statements = statements;
    }

    /** The host, or a presenter of one of the event's rounds, may add images. */
    public Uni<Access> access(UUID eventId, UUID callerId) {
        return statements.query("""
                SELECT e.host_id = $2
                       OR EXISTS (SELECT 1 FROM segments s WHERE s.event_id = e.id AND s.presenter_user_id = $2)
                       AS allowed,
                       (SELECT count(*) FROM images i WHERE i.event_id = e.id) AS images
                FROM events e WHERE e.id = $1""", Tuple.of(eventId, callerId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row r = rows.iterator().next();
            return new Access(r.getBoolean("allowed"), r.getLong("images"));
        });
    }

    /** Stores the image; the same bytes uploaded to the event before give the image stored then. */
    public Uni<UUID> insert(Stored image) {
        return statements.query("""
                INSERT INTO images (id, event_id, content_type, width, height, byte_size, sha256, data, created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                ON CONFLICT (event_id, sha256) DO UPDATE SET sha256 = EXCLUDED.sha256
                RETURNING id""", Tuple.from(new Object[]{image.id(), image.eventId(), image.contentType(),
                image.width(), image.height(), image.data().length, image.sha256(),
                io.vertx.core.buffer.Buffer.buffer(image.data()),
                OffsetDateTime.now(ZoneOffset.UTC)}))
                .map(rows -> rows.iterator().next().getUUID("id"));
    }

    /** An image, or null. */
    public Uni<Stored> find(UUID id) {
        return statements.query("""
                SELECT id, event_id, content_type, width, height, sha256, data FROM images WHERE id = $1""",
                Tuple.of(id)).map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row r = rows.iterator().next();
                    return new Stored(r.getUUID("id"), r.getUUID("event_id"), r.getString("content_type"),
                            r.getInteger("width"), r.getInteger("height"), r.getString("sha256"),
                            r.getBuffer("data").getBytes());
                });
    }

    /** Which of {@code ids} are images of the event (a question may only show its own event's images). */
    public Uni<java.util.Set<UUID>> ofEvent(UUID eventId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(java.util.Set.of());
        }
        return statements.query("SELECT id FROM images WHERE event_id = $1 AND id = ANY($2)",
                Tuple.of(eventId, ids.toArray(UUID[]::new))).map(rows -> {
                    java.util.Set<UUID> found = new java.util.HashSet<>();
                    rows.forEach(r -> found.add(r.getUUID("id")));
                    return found;
                });
    }
}
