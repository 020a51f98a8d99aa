package io.quizcast.generation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Whether a segment's questions are still to come from its recording: audio stored, or a job queued or running. */
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
}
