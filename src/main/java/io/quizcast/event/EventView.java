package io.quizcast.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/** The contract's Event shape, and since issue 20 how the event plays (reading time, auto reveal and advance...). */
@RegisterForReflection // serialised by Jackson in the native image
public record EventView(UUID id, UUID hostId, String title, String description, String joinCode, String mode,
        String status, int numFakeAnswers, int timePerQuestion, int questionsToGenerate,
        Integer questionGenIntervalSeconds, String singleSegmentMode, boolean joinLocked, Instant joinLockedAt,
        String previousStatus, Instant endedAt, Instant createdAt, int readingTime, boolean autoReveal,
        int autoAdvance, boolean streakBonus, boolean shuffleAnswers) {

    public static EventView of(Event e) {
        return new EventView(e.id, e.hostId, e.title, e.description, e.joinCode, e.mode, e.status, e.numFakeAnswers,
                e.timePerQuestion, e.questionsToGenerate, e.questionGenIntervalSeconds, e.singleSegmentMode,
                e.joinLocked, e.joinLockedAt, e.previousStatus, e.endedAt, e.createdAt, e.readingTime, e.autoReveal,
                e.autoAdvance, e.streakBonus, e.shuffleAnswers);
    }
}
