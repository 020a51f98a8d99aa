package io.quizcast.generation.job.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quizcast.common.notify.PgChannels;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.owner.Ownership;
import io.quizcast.generation.GenerationFeature;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.repository.JobStore;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Claims due generation jobs for this process, up to {@code max-concurrent-jobs} at once: when a job is queued (a
 * notice wakes every process) and every poll interval (a job due later, or one whose holder died). While it works
 * on a job it renews the job's lease; at shutdown it hands its jobs back at once.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    private final JobStore jobs;
    private final JobRunner runner;
    private final Vertx vertx;
    private final PgChannels channels;
    private final GenerationFeature feature;
    private final String owner;
    private final int maxConcurrent;
    private final Duration lease;
    private final Duration pollInterval;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile boolean stopped;

    JobWorker(JobStore jobs, JobRunner runner, Vertx vertx, PgChannels channels, GenerationFeature feature,
            Ownership ownership, QuizcastConfig config) {
        this.jobs = jobs;
        this.runner = runner;
        this.vertx = vertx;
        this.channels = channels;
        this.feature = feature;
        this.owner = ownership.ownerId();
        this.maxConcurrent = config.ai().maxConcurrentJobs();
        this.lease = config.ai().jobLease();
        this.pollInterval = config.ai().pollInterval();
    }

    void start(@Observes StartupEvent event) {
        if (!feature.enabled()) {
            return;
        }
        channels.listen(JobStore.CHANNEL, ignored -> poll());
        vertx.setPeriodic(pollInterval.toMillis(), id -> poll());
        LOG.infof("Generation jobs: this process works on up to %d at once (lease %s)", maxConcurrent, lease);
        poll();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (feature.enabled()) {
            // another process takes them at once rather than after the lease
            jobs.release(owner).await().atMost(Duration.ofSeconds(2));
        }
    }

    /** Claims jobs while there is room and work; one claim loop at a time. */
    void poll() {
        if (stopped || running.get() >= maxConcurrent || !polling.compareAndSet(false, true)) {
            return;
        }
        jobs.claim(owner, lease).subscribe().with(job -> {
            polling.set(false);
            if (job != null) {
                work(job);
                poll();
            }
        }, failure -> {
            polling.set(false);
            LOG.warnf("Claiming a generation job failed: %s", failure.getMessage());
        });
    }

    private void work(Job job) {
        running.incrementAndGet();
        AtomicBoolean held = new AtomicBoolean(true);
        long renewal = vertx.setPeriodic(Math.max(100, lease.toMillis() / 3), id -> jobs
                .renew(job.id(), job.leaseToken(), lease).subscribe().with(still -> {
                    if (!still) {
                        held.set(false);
                    }
                }, failure -> LOG.debugf("Renewing job %s failed: %s", job.id(), failure.getMessage())));
        runner.run(job, held::get).onTermination().invoke(() -> {
            vertx.cancelTimer(renewal);
            running.decrementAndGet();
        }).subscribe().with(done -> poll(), failure -> {
            LOG.errorf(failure, "Generation job %s ended in an unexpected failure", job.id());
            poll();
        });
    }
}
