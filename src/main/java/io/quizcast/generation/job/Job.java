package io.quizcast.generation.job;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A generation job as stored and as clients see it (docs/generation.md, "Jobs"). {@code success},
 * {@code chunks_processed}, {@code transcript_length} and {@code questions_generated} keep the original client's
 * field names.
 */
@RegisterForReflection // serialised by Jackson in the native image
public record Job(UUID id, UUID segmentId, UUID eventId, String source, String status, String stage, int progress,
        int attempts, String errorCode, String errorMessage, Integer draftsCount, Integer chunksProcessed,
        Integer transcriptLength, BigDecimal audioSeconds, Integer promptTokens, Integer completionTokens,
        String promptVersion, boolean finalized, Instant createdAt, Instant startedAt, Instant finishedAt,
        @JsonIgnore String inputText, @JsonIgnore UUID targetDraftId, @JsonIgnore UUID createdBy,
        @JsonIgnore long leaseToken) {

    @JsonProperty("questions_generated")
    public Integer questionsGenerated() {
        return draftsCount;
    }

    @JsonProperty("success")
    public boolean success() {
        return !JobStatus.FAILED.wire().equals(status) && !JobStatus.CANCELLED.wire().equals(status);
    }

    public JobStatus jobStatus() {
        return JobStatus.of(status);
    }

    public JobSource jobSource() {
        return JobSource.of(source);
    }
}
