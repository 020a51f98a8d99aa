package io.quizcast.generation.draft.repository;

import io.quizcast.common.sql.PooledStatements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Drafts (generated questions awaiting review) in their own table: nothing of the game ever reads it. */
@ApplicationScoped
public class DraftStore {

    /** A draft as stored: its question is a QuestionInput as JSON. */
    public record Draft(UUID id, UUID segmentId, UUID jobId, int orderIndex, String body, Float qualityScore,
            String evidence, Instant createdAt) {
    }

    private static final String COLUMNS = "id, segment_id, job_id, order_index, body::text AS body, quality_score,"
            + " evidence, created_at";

    private final PooledStatements statements;

    DraftStore(PooledStatements statements) {
        this.statements = statements;
    }

    public Uni<List<Draft>> list(UUID segmentId) {
        return statements
                .query("SELECT " + COLUMNS + " FROM question_drafts WHERE segment_id = $1 ORDER BY order_index",
                        Tuple.of(segmentId))
                .map(rows -> {
                    List<Draft> drafts = new ArrayList<>();
                    rows.forEach(r -> drafts.add(of(r)));
                    return drafts;
                });
    }

    public Uni<Draft> find(UUID id) {
        return statements.query("SELECT " + COLUMNS + " FROM question_drafts WHERE id = $1", Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : of(rows.iterator().next()));
    }

    /** The texts of the segment's questions and drafts: what a new draft must not repeat. */
    public Uni<List<String>> texts(UUID segmentId) {
        return statements.query("""
                SELECT question_text AS text FROM questions WHERE segment_id = $1
                UNION ALL
                SELECT body ->> 'question_text' FROM question_drafts WHERE segment_id = $1""", Tuple.of(segmentId))
                .map(rows -> {
                    List<String> texts = new ArrayList<>();
                    rows.forEach(r -> {
                        if (r.getString("text") != null) {
                            texts.add(r.getString("text"));
                        }
                    });
                    return texts;
                });
    }

    public Uni<Boolean> update(UUID id, String body) {
        return statements
                .query("UPDATE question_drafts SET body = CAST(CAST($2 AS text) AS jsonb) WHERE id = $1",
                        Tuple.of(id, body))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> delete(UUID id) {
        return statements.query("DELETE FROM question_drafts WHERE id = $1", Tuple.of(id))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Appends drafts after the segment's last one, in the caller's transaction. */
    public Uni<Void> append(SqlClient tx, UUID segmentId, UUID jobId, List<NewDraft> drafts) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (NewDraft d : drafts) {
            chain = chain.chain(() -> tx.preparedQuery("""
                    INSERT INTO question_drafts (id, segment_id, job_id, order_index, body, quality_score, evidence)
                    SELECT $1, $2, $3,
                           coalesce((SELECT max(order_index) + 1 FROM question_drafts WHERE segment_id = $2), 0),
                           CAST(CAST($4 AS text) AS jsonb), $5, $6""")
                    .execute(Tuple.from(new Object[]{UUID.randomUUID(), segmentId, jobId, d.body(), d.qualityScore(),
                            d.evidence()}))
                    .replaceWithVoid());
        }
        return chain;
    }

    /** Replaces one draft's question in place (regenerate), in the caller's transaction; false when it is gone. */
    public Uni<Boolean> replace(SqlClient tx, UUID draftId, UUID jobId, NewDraft draft) {
        return tx
                .preparedQuery(
                        """
                                UPDATE question_drafts SET body = CAST(CAST($2 AS text) AS jsonb), quality_score = $3, evidence = $4, job_id = $5,
                                       created_at = now()
                                WHERE id = $1""")
                .execute(Tuple.from(new Object[]{draftId, draft.body(), draft.qualityScore(),
                        draft.evidence(), jobId}))
                .map(rows -> rows.rowCount() == 1);
    }

    /** A draft to store. */
    public record NewDraft(String body, Float qualityScore, String evidence) {
    }

    private static Draft of(Row r) {
        var created = r.getOffsetDateTime("created_at");
        return new Draft(r.getUUID("id"), r.getUUID("segment_id"), r.getUUID("job_id"), r.getInteger("order_index"),
                r.getString("body"), r.getFloat("quality_score"), r.getString("evidence"),
                created == null ? null : created.toInstant());
    }
}
