package io.quizcast.game.core;

import java.util.UUID;

/** The event's settings the game follows, read when the room loads and again when a round starts. */
public record EventSettings(UUID hostUserId, String eventStatus, int timePerQuestion, int numFakeAnswers,
        String singleSegmentMode) {

    public static final String FINISHED = "finished";

    public EventSettings finished() {
        return new EventSettings(hostUserId, FINISHED, timePerQuestion, numFakeAnswers, singleSegmentMode);
    }

    public boolean skipsMegaWhenSingle() {
        return "skip".equals(singleSegmentMode);
    }
}
