package io.quizcast.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizcast.image.ImageView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The contract's Event shape, and since issue 20 how the event plays (reading time, auto reveal and advance...),
 * and since issue 21 its look (theme, logo). */
@RegisterForReflection // serialised by Jackson in the native image
public record EventView(UUID id, UUID hostId, String title, String description, String joinCode, String mode,
        String status, int numFakeAnswers, int timePerQuestion, int questionsToGenerate,
        Integer questionGenIntervalSeconds, String singleSegmentMode, boolean joinLocked, Instant joinLockedAt,
        String previousStatus, Instant endedAt, Instant createdAt, int readingTime, boolean autoReveal,
        int autoAdvance, boolean streakBonus, boolean shuffleAnswers, List<String> blockedWords, String theme,
        String logoUrl) {

    public static EventView of(Event e) {
        return new EventView(e.id, e.hostId, e.title, e.description, e.joinCode, e.mode, e.status, e.numFakeAnswers,
                e.timePerQuestion, e.questionsToGenerate, e.questionGenIntervalSeconds, e.singleSegmentMode,
                e.joinLocked, e.joinLockedAt, e.previousStatus, e.endedAt, e.createdAt, e.readingTime, e.autoReveal,
                e.autoAdvance, e.streakBonus, e.shuffleAnswers, null, e.theme, ImageView.urlOf(e.logoImageId));
    }

    /** The event as {@code caller} sees it: the host with its name filter, anyone else without. */
    public static EventView forCaller(Event e, UUID caller) {
        return e.isHostedBy(caller) ? forHost(e) : of(e);
    }

    /** The event as its host sees it: with the words its name filter blocks (null for anyone else). */
    public static EventView forHost(Event e) {
        EventView v = of(e);
        return new EventView(v.id, v.hostId, v.title, v.description, v.joinCode, v.mode, v.status, v.numFakeAnswers,
                v.timePerQuestion, v.questionsToGenerate, v.questionGenIntervalSeconds, v.singleSegmentMode,
                v.joinLocked, v.joinLockedAt, v.previousStatus, v.endedAt, v.createdAt, v.readingTime, v.autoReveal,
                v.autoAdvance, v.streakBonus, v.shuffleAnswers, e.blockedWords, v.theme, v.logoUrl);
    }
}
