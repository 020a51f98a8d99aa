package io.quizcast.generation.job.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizcast.generation.job.repository.TranscriptStore;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A segment's transcript: the whole text and the part of each take. */
@RegisterForReflection // serialised by Jackson in the native image
public record TranscriptView(UUID segmentId, String text, List<Part> parts) {

    /** One take's transcript. */
    @RegisterForReflection
    public record Part(int firstChunk, int lastChunk, String text, BigDecimal audioSeconds) {
    }

    static TranscriptView of(UUID segmentId, List<TranscriptStore.Part> parts) {
        return new TranscriptView(segmentId, parts.stream().map(TranscriptStore.Part::text)
                .collect(Collectors.joining("\n")),
                parts.stream()
                        .map(p -> new Part(p.firstChunk(), p.lastChunk(), p.text(), p.audioSeconds())).toList());
    }
}
