package io.quizcast.generation.job.service;

import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.RetryLater;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.generation.job.repository.JobStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The caps on new jobs: per event over its life, per organiser account per hour (429 quota_exceeded). */
@ApplicationScoped
public class JobQuotas {

    public static final String QUOTA_EXCEEDED = "quota_exceeded";

    private final JobStore jobs;
    private final QuizcastConfig.Ai ai;

    JobQuotas(JobStore jobs, QuizcastConfig config) {
        this.jobs = jobs;
        this.ai = config.ai();
    }

    /** Fails with 429 when a new job would pass a cap. */
    public Uni<Void> check(UUID eventId, UUID account) {
        return jobs.quota(eventId, account).invoke(quota -> {
            if (quota.ofEvent() >= ai.maxJobsPerEvent()) {
                throw new ApiException(429, QUOTA_EXCEEDED, "This event has started " + quota.ofEvent()
                        + " generation jobs, the most it may (quizcast.ai.max-jobs-per-event)");
            }
            if (quota.ofHour() >= ai.maxJobsPerHour()) {
                long wait = quota.oldestOfHour() == null ? 3600
                        : Math.max(1, Duration.between(Instant.now(), quota.oldestOfHour().plusSeconds(3600))
                                .toSeconds());
                throw new RetryLater(429, QUOTA_EXCEEDED, wait, "You started " + quota.ofHour()
                        + " generation jobs in the last hour, the most an account may: try again in " + wait + " s");
            }
        }).replaceWithVoid();
    }
}
