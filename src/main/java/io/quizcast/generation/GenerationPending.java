package io.quizcast.generation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.game.message.ServerMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Whether a segment's questions are still to come from its recording (audio stored, or a job queued or running),
 * and which quiz of an event the room is waiting for.
 */
@ApplicationScoped
public class GenerationPending {

    private final GenerationFeature feature;

    GenerationPending(GenerationFeature feature) {
        this.feature = feature;
    }

    /** In the caller's session. */
    public Uni<Boolean> pending(UUID segmentId) {
        if (!feature.enabled()) {
            return Uni.createFrom().item(false);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM audio_chunks WHERE segment_id = :segment)
                    OR EXISTS (SELECT 1 FROM generation_jobs WHERE segment_id = :segment
                               AND status IN ('queued', 'running'))""", Boolean.class)
                .setParameter("segment", segmentId).getSingleResult());
    }

    /**
     * The quiz an event's players are told is being prepared, for a room loaded afresh (a restart, a takeover): the
     * newest talk whose job is queued or running, or whose drafts await review, in a round not played yet. Null when
     * none.
     */
    @WithSession
    public Uni<ServerMessage.QuizGenerating> preparing(UUID eventId) {
        if (!feature.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                SELECT CAST(s.id AS text), s.title, s.presenter_name FROM generation_jobs j
                  JOIN segments s ON s.id = j.segment_id
                 WHERE j.event_id = :event AND j.finalized AND j.target_draft_id IS NULL
                   AND s.status <> 'completed'
                   AND (j.status IN ('queued', 'running') OR (j.status = 'drafts_ready'
                        AND EXISTS (SELECT 1 FROM question_drafts d WHERE d.segment_id = s.id)))
                 ORDER BY j.created_at DESC LIMIT 1""", Object[].class)
                .setParameter("event", eventId).getResultList())
                .map(GenerationPending::quiz);
    }

    private static ServerMessage.QuizGenerating quiz(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new ServerMessage.QuizGenerating(UUID.fromString((String) row[0]), (String) row[1],
                (String) row[2]);
    }
}
