package io.quizcast.game.core;

import io.quizcast.common.EventStatus;
import java.util.UUID;

/** The event's settings the game follows, read when the room loads and again when a round starts. */
public record EventSettings(UUID hostUserId, String eventStatus, int timePerQuestion, int numFakeAnswers,
        String singleSegmentMode, PlaySettings play) {

    public EventSettings finished() {
        return new EventSettings(hostUserId, EventStatus.FINISHED, timePerQuestion, numFakeAnswers, singleSegmentMode,
                play);
    }

    public boolean eventFinished() {
        return EventStatus.FINISHED.equals(eventStatus);
    }

    public boolean skipsMegaWhenSingle() {
        return "skip".equals(singleSegmentMode);
    }
}
