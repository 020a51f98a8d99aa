package io.quizcast.generation.job.service;

import io.quizcast.config.QuizcastConfig;
import io.quizcast.generation.audio.AudioFormat;
import io.quizcast.generation.audio.Takes;
import io.quizcast.generation.audio.repository.AudioChunkStore;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.repository.ProcessingLogStore;
import io.quizcast.generation.job.repository.TranscriptStore;
import io.quizcast.generation.provider.AiProvider;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Speech to text for a job, take by take: a take whose exact audio was transcribed before (by this job's earlier
 * attempt, another pod, or the talk's interval passes) is read back, never sent again.
 */
@ApplicationScoped
public class Transcriber {

    /** What the job's transcription found. */
    record Result(String text, int chunks, BigDecimal paidSeconds, int takes) {
    }

    private final AudioChunkStore chunks;
    private final TranscriptStore transcripts;
    private final ProcessingLogStore logs;
    private final AiProvider ai;
    private final QuizcastConfig.Ai limits;

    Transcriber(AudioChunkStore chunks, TranscriptStore transcripts, ProcessingLogStore logs, AiProvider ai,
            QuizcastConfig config) {
        this.chunks = chunks;
        this.transcripts = transcripts;
        this.logs = logs;
        this.ai = ai;
        this.limits = config.ai();
    }

    /**
     * Transcribes the segment's takes (all of them once the job is finalized; while the talk goes on, all but the
     * last, which may still grow), reporting progress after each as a share of them.
     */
    Uni<Result> transcribe(Job job, IntFunction<Uni<Void>> progress) {
        return chunks.list(job.segmentId()).chain(stored -> transcripts.list(job.segmentId()).chain(parts -> {
            Takes.Grouping grouping = Takes.of(stored);
            List<Takes.Take> takes = job.finalized() || grouping.takes().isEmpty() ? grouping.takes()
                    : grouping.takes().subList(0, grouping.takes().size() - 1);
            Map<Integer, TranscriptStore.Part> known = parts.stream()
                    .collect(Collectors.toMap(TranscriptStore.Part::firstChunk, p -> p));
            Uni<Void> warnings = job.finalized() ? warn(job, grouping) : Uni.createFrom().voidItem();
            BigDecimal[] paid = {BigDecimal.ZERO};
            int[] done = {0};
            return warnings.chain(() -> Multi.createFrom().iterable(takes).onItem()
                    .transformToUniAndConcatenate(take -> {
                        TranscriptStore.Part part = known.get(take.firstChunk());
                        String hash = take.audioHash();
                        Uni<TranscriptStore.Part> text = part != null && part.audioSha256().equals(hash)
                                ? Uni.createFrom().item(part)
                                : paidFor(job, take, hash).invoke(p -> {
                                    if (p.audioSeconds() != null) {
                                        paid[0] = paid[0].add(p.audioSeconds());
                                    }
                                });
                        return text.call(p -> progress.apply(++done[0] * 100 / Math.max(1, takes.size())));
                    }).collect().asList())
                    .chain(fresh -> transcripts.list(job.segmentId()))
                    .map(all -> {
                        // parts of takes whose chunks were deleted after an earlier job still count (a retry)
                        String text = all.stream().map(TranscriptStore.Part::text).filter(t -> !t.isBlank())
                                .collect(Collectors.joining("\n"));
                        int chunkCount = stored.size();
                        return new Result(text, chunkCount, paid[0], takes.size());
                    });
        }));
    }

    private Uni<TranscriptStore.Part> paidFor(Job job, Takes.Take take, String hash) {
        if (take.byteSize() > limits.maxFileSize().asLongValue()) {
            return Uni.createFrom().failure(new JobFailure("audio_too_large", "The take from chunk "
                    + take.firstChunk() + " is " + take.byteSize() + " bytes; speech to text takes at most "
                    + limits.maxFileSize().asLongValue() + " in one file (quizcast.ai.max-file-size): record with"
                    + " question_gen_interval_seconds set, so that the talk is cut into shorter takes"));
        }
        AudioFormat format = AudioFormat.ofContentType(take.contentType());
        String extension = format == null ? "webm" : format.extension();
        return chunks.join(job.segmentId(), take.firstChunk(), take.lastChunk())
                .chain(bytes -> ai.transcribe(bytes, "take-" + take.firstChunk() + "." + extension,
                        take.contentType(), null))
                .map(t -> new TranscriptStore.Part(take.firstChunk(), take.lastChunk(), hash,
                        t.text() == null ? "" : t.text().strip(),
                        t.audioSeconds() == null ? null
                                : BigDecimal.valueOf(t.audioSeconds()).setScale(2, RoundingMode.HALF_UP)))
                .call(part -> transcripts.save(job.segmentId(), part))
                .call(part -> logs.info(job.segmentId(), job.id(), "transcribing", "Transcribed chunks "
                        + take.firstChunk() + "–" + take.lastChunk() + " (" + take.byteSize() + " bytes, "
                        + part.text().length() + " characters)"));
    }

    private Uni<Void> warn(Job job, Takes.Grouping grouping) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (!grouping.missing().isEmpty()) {
            chain = chain.chain(() -> logs.warning(job.segmentId(), job.id(), "combining", "Missing chunks "
                    + grouping.missing() + ": transcribing the audio around them"));
        }
        if (!grouping.orphans().isEmpty()) {
            chain = chain.chain(() -> logs.warning(job.segmentId(), job.id(), "combining", "Chunks "
                    + grouping.orphans() + " follow no recording header (their take's first chunk is missing):"
                    + " skipped"));
        }
        return chain;
    }
}
