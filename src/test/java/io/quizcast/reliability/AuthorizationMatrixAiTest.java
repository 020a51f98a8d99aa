package io.quizcast.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.AiEnabledProfile;
import io.quizcast.testsupport.Sql;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.Arguments;

/** The talk-to-quiz rows of the matrix with a provider configured: host or the segment's presenter, nobody else. */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class AuthorizationMatrixAiTest extends AuthorizationMatrixTest {

    @Inject
    Pool pool;

    static Stream<Arguments> routes() {
        return AuthorizationMatrixTest.routes().filter(row -> GENERATION.contains((String) row.get()[0]));
    }

    /** A finished job from notes and one of its drafts, written as the job would (no provider call, no quota). */
    @BeforeEach
    void generation() {
        job = UUID.randomUUID();
        draft = UUID.randomUUID();
        Sql.update(pool, """
                INSERT INTO generation_jobs (id, segment_id, event_id, created_by, source, status, stage, progress,
                                             input_text, drafts_count, finished_at)
                VALUES ($1, $2, $3, $4, 'notes', 'drafts_ready', 'done', 100, $5, 1, now())""", job, segment,
                event.id(), host.id(), "Notes of the talk: the Eiffel Tower was completed in 1889 for the fair.");
        Sql.update(pool,
                """
                        INSERT INTO question_drafts (id, segment_id, job_id, order_index, body, quality_score, evidence)
                        VALUES ($1, $2, $3, 0, CAST(CAST($4 AS text) AS jsonb), 0.9, 'The Eiffel Tower was completed in 1889')""",
                draft,
                segment, job, "{\"question_text\":\"When was the tower completed?\",\"correct_answer\":\"1889\","
                        + "\"fake_answers\":[\"1901\",\"1875\",\"1925\"]}");
    }
}
