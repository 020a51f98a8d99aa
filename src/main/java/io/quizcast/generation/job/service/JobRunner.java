package io.quizcast.generation.job.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizcast.common.notify.LiveNotice;
import io.quizcast.common.notify.LiveNotices;
import io.quizcast.common.sql.PooledStatements;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.generation.audio.repository.AudioChunkStore;
import io.quizcast.generation.draft.repository.DraftStore;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.JobSource;
import io.quizcast.generation.job.JobStage;
import io.quizcast.generation.job.repository.JobStore;
import io.quizcast.generation.job.repository.ProcessingLogStore;
import io.quizcast.generation.job.repository.TranscriptStore;
import io.quizcast.generation.provider.ProviderFailure;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Runs one claimed job through its stages: speech to text (audio jobs), question writing and the checks, then the
 * drafts stored and the job marked done in one transaction fenced by the claim's token. A passing provider failure
 * puts the job back in the queue (after the provider's Retry-After); anything else fails it, and the event is told.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final Duration LONGEST_REQUEUE = Duration.ofMinutes(5);

    private final JobStore jobs;
    private final Transcriber transcriber;
    private final QuestionWriter writer;
    private final AudioChunkStore chunks;
    private final TranscriptStore transcripts;
    private final DraftStore drafts;
    private final ProcessingLogStore logs;
    private final LiveNotices notices;
    private final PooledStatements statements;
    private final Pool pool;
    private final ObjectMapper mapper;
    private final QuizcastConfig.Ai limits;

    JobRunner(JobStore jobs, Transcriber transcriber, QuestionWriter writer, AudioChunkStore chunks,
            TranscriptStore transcripts, DraftStore drafts, ProcessingLogStore logs, LiveNotices notices,
            PooledStatements statements, Pool pool, ObjectMapper mapper, QuizcastConfig config) {
        this.jobs = jobs;
        this.transcriber = transcriber;
        this.writer = writer;
        this.chunks = chunks;
        this.transcripts = transcripts;
        this.drafts = drafts;
        this.logs = logs;
        this.notices = notices;
        this.statements = statements;
        this.pool = pool;
        this.mapper = mapper;
        this.limits = config.ai();
    }

    /** Works on the job while {@code held} says this process still holds it. */
    public Uni<Void> run(Job job, BooleanSupplier held) {
        return context(job).chain(ctx -> ctx == null ? Uni.createFrom().voidItem()
                : stages(job, ctx, held).onFailure().recoverWithUni(failure -> ended(job, ctx, failure)));
    }

    private Uni<Void> stages(Job job, JobContext ctx, BooleanSupplier held) {
        if (job.jobSource() != JobSource.AUDIO) {
            return write(job, ctx, held, job.inputText(), job.jobSource(), 0, null);
        }
        return step(job, ctx, JobStage.TRANSCRIBING, JobStage.TRANSCRIBING.progress(),
                job.finalized() ? "Transcribing the talk" : "Transcribing the talk as it goes on")
                .chain(() -> transcriber.transcribe(job, share -> {
                    if (!held.getAsBoolean()) {
                        throw new LeaseLost();
                    }
                    int progress = JobStage.TRANSCRIBING.progress()
                            + share * (JobStage.GENERATING.progress() - JobStage.TRANSCRIBING.progress()) / 100;
                    return step(job, ctx, JobStage.TRANSCRIBING, progress, "Transcribing the talk");
                }))
                .chain(result -> {
                    if (!job.finalized()) {
                        return jobs.usage(job.id(), job.leaseToken(), usage(result.chunks(), null, result))
                                .chain(() -> jobs.park(job.id(), job.leaseToken())).replaceWithVoid();
                    }
                    if (result.takes() == 0 && result.text().isBlank()) {
                        throw new JobFailure("no_audio", "No playable audio is stored for this segment: its first"
                                + " chunk (with the recording's header) is missing");
                    }
                    if (result.text().isBlank()) {
                        throw new JobFailure("no_speech", "Speech to text heard nothing in the recording: check"
                                + " the microphone and record again");
                    }
                    return write(job, ctx, held, result.text(), JobSource.AUDIO, result.chunks(), result);
                });
    }

    private Uni<Void> write(Job job, JobContext ctx, BooleanSupplier held, String source, JobSource kind,
            int chunkCount,
            Transcriber.Result transcribed) {
        String text = source.length() > limits.maxTranscriptChars()
                ? source.substring(0, limits.maxTranscriptChars())
                : source;
        Uni<Void> cut = text.length() < source.length()
                ? logs.warning(ctx.segmentId(), job.id(), "generating", "The transcript has " + source.length()
                        + " characters; the model reads the first " + text.length()
                        + " (quizcast.ai.max-transcript-chars)")
                : Uni.createFrom().voidItem();
        int count = job.targetDraftId() != null ? 1 : ctx.questionsToGenerate();
        return cut.chain(() -> jobs.usage(job.id(), job.leaseToken(), usage(chunkCount, text.length(), transcribed)))
                .chain(() -> step(job, ctx, JobStage.GENERATING, JobStage.GENERATING.progress(),
                        "Writing " + count + (count == 1 ? " question" : " questions")))
                .chain(() -> drafts.texts(ctx.segmentId()))
                .chain(existing -> {
                    if (!held.getAsBoolean()) {
                        throw new LeaseLost();
                    }
                    return writer.write(job, ctx, text, kind, count, existing,
                            () -> step(job, ctx, JobStage.CHECKING, JobStage.CHECKING.progress(),
                                    "Checking the questions"));
                })
                .call(written -> jobs.usage(job.id(), job.leaseToken(), new JobStore.Usage(null, null, null,
                        written.promptTokens(), written.completionTokens(), written.promptVersion())))
                .chain(written -> store(job, ctx, written.drafts()))
                .chain(() -> forgetAudio(job));
    }

    /** The drafts and the job's end in one transaction, fenced by the claim's token; then the event is told. */
    private Uni<Void> store(Job job, JobContext ctx, List<DraftStore.NewDraft> written) {
        String message = written.size() + (written.size() == 1 ? " draft" : " drafts") + " to review";
        return pool.withTransaction(tx -> jobs.done(tx, job.id(), job.leaseToken(), written.size()).chain(ours -> {
            if (!ours) {
                throw new LeaseLost();
            }
            Uni<Void> saved = job.targetDraftId() == null
                    ? drafts.append(tx, ctx.segmentId(), job.id(), written)
                    : drafts.replace(tx, job.targetDraftId(), job.id(), written.get(0)).chain(replaced -> replaced
                            ? Uni.createFrom().voidItem()
                            : drafts.append(tx, ctx.segmentId(), job.id(), written));
            return saved.chain(() -> notices.publishIn(tx, new LiveNotice.JobProgress(ctx.eventId(),
                    ctx.segmentId(), job.id(), ctx.presenterUserId(), "drafts_ready", JobStage.DONE.wire(), 100,
                    message)));
        })).chain(() -> logs.info(ctx.segmentId(), job.id(), "complete", "Generated " + message));
    }

    /** Once its transcript is stored, a talk's audio is deleted (unless quizcast.ai.keep-audio). */
    private Uni<Void> forgetAudio(Job job) {
        if (limits.keepAudio() || job.jobSource() != JobSource.AUDIO) {
            return Uni.createFrom().voidItem();
        }
        return transcripts.list(job.segmentId()).chain(parts -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (TranscriptStore.Part part : parts) {
                chain = chain.chain(() -> chunks.delete(job.segmentId(), part.firstChunk(), part.lastChunk())
                        .replaceWithVoid());
            }
            return chain;
        });
    }

    /** A failed attempt: back to the queue when the provider may recover, else failed for good. */
    private Uni<Void> ended(Job job, JobContext ctx, Throwable failure) {
        if (failure instanceof LeaseLost) {
            LOG.debugf("Job %s: lease lost, this process stops", job.id());
            return Uni.createFrom().voidItem();
        }
        if (failure instanceof ProviderFailure provider && provider.retryable()
                && job.attempts() < limits.maxAttempts()) {
            Duration backoff = limits.requeueDelay().multipliedBy(1L << Math.min(6, Math.max(0, job.attempts() - 1)));
            Duration delay = provider.retryAfter().filter(d -> d.compareTo(backoff) > 0).orElse(backoff);
            Duration wait = delay.compareTo(LONGEST_REQUEUE) > 0 ? LONGEST_REQUEUE : delay;
            String message = "The provider failed (" + provider.getMessage() + "): trying again in "
                    + wait.toSeconds() + " s";
            return jobs.requeue(job.id(), job.leaseToken(), wait, provider.code(), provider.getMessage())
                    .chain(ours -> !ours ? Uni.createFrom().voidItem()
                            : logs.warning(ctx.segmentId(), job.id(), "retrying", message)
                                    .chain(() -> notices.publishNow(new LiveNotice.JobProgress(ctx.eventId(),
                                            ctx.segmentId(), job.id(), ctx.presenterUserId(), "queued", job.stage(),
                                            job.progress(), message))));
        }
        String code;
        String message;
        if (failure instanceof ProviderFailure provider) {
            code = provider.code();
            message = provider.getMessage();
        } else if (failure instanceof JobFailure own) {
            code = own.code();
            message = own.getMessage();
        } else {
            LOG.errorf(failure, "Job %s failed unexpectedly", job.id());
            code = "internal_error";
            message = "An unexpected error ended the job: " + failure.getClass().getSimpleName();
        }
        return pool.withTransaction(tx -> jobs.fail(tx, job.id(), job.leaseToken(), code, message).chain(ours -> {
            if (!ours) {
                throw new LeaseLost();
            }
            Uni<Void> staff = notices.publishIn(tx, new LiveNotice.JobProgress(ctx.eventId(), ctx.segmentId(),
                    job.id(), ctx.presenterUserId(), "failed", job.stage(), job.progress(), message));
            // the players were told a quiz is being prepared, unless the job only rewrote one draft
            return job.targetDraftId() != null ? staff
                    : staff.chain(() -> notices.publishIn(tx, new LiveNotice.GenerationEnded(ctx.eventId(),
                            ctx.segmentId(), ctx.title(), ctx.presenterName(), code)));
        })).chain(() -> logs.error(ctx.segmentId(), job.id(), "failed", message))
                .onFailure(LeaseLost.class).recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> step(Job job, JobContext ctx, JobStage stage, int progress, String message) {
        return jobs.progress(job.id(), job.leaseToken(), stage, progress).chain(ours -> {
            if (!ours) {
                throw new LeaseLost();
            }
            return notices.publishNow(new LiveNotice.JobProgress(ctx.eventId(), ctx.segmentId(), job.id(),
                    ctx.presenterUserId(), "running", stage.wire(), progress, message));
        });
    }

    private static JobStore.Usage usage(Integer chunks, Integer transcriptLength, Transcriber.Result result) {
        return new JobStore.Usage(chunks, transcriptLength,
                result == null || result.paidSeconds().signum() == 0 ? null : result.paidSeconds(), 0, 0, null);
    }

    private Uni<JobContext> context(Job job) {
        return statements.query("""
                SELECT s.event_id, s.title, s.presenter_name, s.presenter_user_id, e.num_fake_answers,
                       e.questions_to_generate
                FROM segments s JOIN events e ON e.id = s.event_id WHERE s.id = $1""", Tuple.of(job.segmentId()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row r = rows.iterator().next();
                    return new JobContext(r.getUUID("event_id"), job.segmentId(), r.getString("title"),
                            r.getString("presenter_name"), r.getUUID("presenter_user_id"),
                            r.getInteger("num_fake_answers"), r.getInteger("questions_to_generate"));
                });
    }
}
