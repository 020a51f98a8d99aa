package io.quizcast.generation.job.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.notify.LiveNotice;
import io.quizcast.common.notify.LiveNotices;
import io.quizcast.generation.audio.repository.AudioChunkStore;
import io.quizcast.generation.draft.repository.DraftStore;
import io.quizcast.generation.job.GenerateRequest;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.JobSource;
import io.quizcast.generation.job.repository.JobStore;
import io.quizcast.generation.job.repository.ProcessingLogStore;
import io.quizcast.generation.job.repository.TranscriptStore;
import io.quizcast.segment.Segment;
import io.quizcast.segment.service.SegmentAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Generation jobs as the host and the presenter drive them: start (idempotently), read, cancel, retry. */
@ApplicationScoped
public class JobService {

    static final String NO_AUDIO = "no_audio";
    static final String JOB_NOT_FOUND = "Job not found";

    private final JobStore jobs;
    private final AudioChunkStore chunks;
    private final TranscriptStore transcripts;
    private final ProcessingLogStore logs;
    private final DraftStore drafts;
    private final SegmentAccess access;
    private final JobQuotas quotas;
    private final LiveNotices notices;

    JobService(JobStore jobs, AudioChunkStore chunks, TranscriptStore transcripts, ProcessingLogStore logs,
            DraftStore drafts, SegmentAccess access, JobQuotas quotas, LiveNotices notices) {
        this.jobs = jobs;
        this.chunks = chunks;
        this.transcripts = transcripts;
        this.logs = logs;
        this.drafts = drafts;
        this.access = access;
        this.quotas = quotas;
        this.notices = notices;
    }

    /** The talk ended: its audio job (the live one, or a new one) is due now. A repeat answers the same job. */
    @WithSession
    public Uni<Job> finalizeRecording(UUID caller, UUID segmentId) {
        return segment(caller, segmentId).chain(scoped -> jobs.finalizeLive(segmentId).chain(finalized -> {
            if (finalized != null) {
                return announce(scoped.segment(), finalized).replaceWith(finalized);
            }
            return jobs.live(segmentId).chain(live -> live != null ? Uni.createFrom().item(live)
                    : requireAudio(segmentId).chain(() -> start(scoped.segment(), caller, JobSource.AUDIO, true,
                            null, null)));
        }));
    }

    /** Questions from pasted notes or a topic: the same pipeline without speech to text. */
    @WithSession
    public Uni<Job> generate(UUID caller, UUID segmentId, GenerateRequest request) {
        return segment(caller, segmentId).chain(scoped -> {
            GenerateRequest.Checked checked = (request == null ? new GenerateRequest(null, null) : request).check();
            return jobs.live(segmentId).chain(live -> {
                if (live != null) {
                    throw ApiException.conflict("job_running", "A generation job is already "
                            + live.status() + " for this segment: wait for it, or cancel it");
                }
                return start(scoped.segment(), caller, checked.source(), true, checked.text(), null);
            });
        });
    }

    /** A new draft in place of this one, from the same transcript, notes or topic. */
    @WithSession
    public Uni<Job> regenerate(UUID caller, UUID draftId) {
        return drafts.find(draftId).onItem().ifNull().failWith(() -> ApiException.notFound("Draft not found"))
                .chain(draft -> segment(caller, draft.segmentId()).chain(scoped -> jobs.live(draft.segmentId())
                        .chain(live -> {
                            if (live != null) {
                                throw ApiException.conflict("job_running", "A generation job is already "
                                        + live.status() + " for this segment: wait for it, or cancel it");
                            }
                            return jobs.latest(draft.segmentId());
                        }).chain(latest -> {
                            JobSource source = latest == null ? JobSource.AUDIO : latest.jobSource();
                            return start(scoped.segment(), caller, source, true,
                                    latest == null ? null : latest.inputText(), draftId);
                        })));
    }

    @WithSession
    public Uni<Job> get(UUID caller, UUID jobId) {
        return jobs.find(jobId).onItem().ifNull().failWith(() -> ApiException.notFound(JOB_NOT_FOUND))
                .call(job -> access.findForHostOrPresenter(job.segmentId(), caller));
    }

    /** The segment's newest job, or null when it has none yet. */
    @WithSession
    public Uni<Job> latest(UUID caller, UUID segmentId) {
        return access.findForHostOrPresenter(segmentId, caller).chain(() -> jobs.latest(segmentId));
    }

    @WithSession
    public Uni<Job> cancel(UUID caller, UUID jobId) {
        return get(caller, jobId).chain(job -> jobs.cancel(jobId).chain(cancelled -> {
            if (cancelled == null) {
                throw ApiException.conflict("invalid_status", "Only a queued or running job can be cancelled; this"
                        + " one is " + job.status());
            }
            return access.find(job.segmentId()).chain(scoped -> logs.warning(job.segmentId(), jobId, "cancelled",
                    "Cancelled by the organiser").chain(
                            () -> notices.publishNow(progress(scoped.segment(), cancelled,
                                    "Cancelled")))
                    .chain(() -> cancelled.targetDraftId() != null ? Uni.createFrom().voidItem()
                            : notices.publishNow(new LiveNotice.GenerationEnded(scoped.event().id,
                                    scoped.segment().id, scoped.segment().title, scoped.segment().presenterName,
                                    "generation_cancelled"))))
                    .replaceWith(cancelled);
        }));
    }

    /** A failed or cancelled job again, reusing every transcript part already stored. */
    @WithSession
    public Uni<Job> retry(UUID caller, UUID jobId) {
        return get(caller, jobId).chain(job -> jobs.live(job.segmentId()).chain(live -> {
            if (live != null) {
                throw ApiException.conflict("job_running", "A generation job is already " + live.status()
                        + " for this segment");
            }
            return jobs.retry(jobId);
        }).chain(again -> {
            if (again == null) {
                throw ApiException.conflict("invalid_status", "Only a failed or cancelled job can be retried; this"
                        + " one is " + job.status());
            }
            return access.find(job.segmentId()).chain(scoped -> logs.info(job.segmentId(), jobId, "queued",
                    "Retried by the organiser").chain(() -> announce(scoped.segment(), again))).replaceWith(again);
        }));
    }

    @WithSession
    public Uni<TranscriptView> transcript(UUID caller, UUID segmentId) {
        return access.findForHostOrPresenter(segmentId, caller).chain(() -> transcripts.list(segmentId))
                .map(parts -> {
                    if (parts.isEmpty()) {
                        throw ApiException.notFound("This segment has no transcript");
                    }
                    return TranscriptView.of(segmentId, parts);
                });
    }

    @WithSession
    public Uni<List<ProcessingLogStore.Line>> logs(UUID caller, UUID segmentId) {
        return access.findForHostOrPresenter(segmentId, caller).chain(() -> logs.latest(segmentId));
    }

    /**
     * A take ended while the talk goes on and the event asks for interval generation: the segment's audio job (made
     * now if needed, not yet finalized) transcribes the finished takes.
     */
    public Uni<Void> takeEnded(UUID caller, Segment segment) {
        return jobs.live(segment.id).chain(live -> {
            if (live != null) {
                return jobs.wake(segment.id);
            }
            return quotas.check(segment.eventId, caller)
                    .chain(() -> jobs.insertOrLive(UUID.randomUUID(), segment.id, segment.eventId, caller,
                            JobSource.AUDIO, false, null, null))
                    .replaceWithVoid()
                    // past a quota the talk is still transcribed at finalize, when the organiser is told why not
                    .onFailure(ApiException.class).recoverWithNull().replaceWithVoid();
        });
    }

    private Uni<Job> start(Segment segment, UUID caller, JobSource source, boolean finalized, String text,
            UUID targetDraft) {
        UUID id = UUID.randomUUID();
        return quotas.check(segment.eventId, caller)
                .chain(() -> jobs.insertOrLive(id, segment.id, segment.eventId, caller, source, finalized, text,
                        targetDraft))
                .call(job -> JobStore.created(job, id)
                        ? logs.info(segment.id, id, "queued", "Generation queued (" + source.wire() + ")")
                                .chain(() -> announce(segment, job))
                        : Uni.createFrom().voidItem());
    }

    /** Players learn the quiz is being prepared; the host and the presenter see the job queued. */
    private Uni<Void> announce(Segment segment, Job job) {
        if (job.targetDraftId() != null) {
            return notices.publishNow(progress(segment, job, "Writing a new draft"));
        }
        return notices.publishNow(new LiveNotice.QuizGenerating(segment.eventId, segment.id, segment.title,
                segment.presenterName)).chain(() -> notices.publishNow(progress(segment, job, "Queued")));
    }

    static LiveNotice.JobProgress progress(Segment segment, Job job, String message) {
        return new LiveNotice.JobProgress(segment.eventId, segment.id, job.id(), segment.presenterUserId,
                job.status(), job.stage(), job.progress(), message);
    }

    private Uni<SegmentAccess.Scoped> segment(UUID caller, UUID segmentId) {
        return access.findForHostOrPresenter(segmentId, caller).invoke(scoped -> {
            if (Segment.KIND_MEGA.equals(scoped.segment().kind)) {
                throw ApiException.conflict("invalid_status",
                        "The mega quiz draws from the rounds' questions: generate questions for a round");
            }
        });
    }

    private Uni<Void> requireAudio(UUID segmentId) {
        return chunks.list(segmentId).chain(list -> list.isEmpty() ? transcripts.list(segmentId).invoke(parts -> {
            if (parts.isEmpty()) {
                throw new ApiException(422, NO_AUDIO,
                        "No audio is stored for this segment: upload chunks (audio-chunk) or a file (transcribe) first");
            }
        }).replaceWithVoid() : Uni.createFrom().voidItem());
    }
}
