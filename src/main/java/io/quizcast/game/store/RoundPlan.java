package io.quizcast.game.store;

import io.quizcast.game.room.RoundQuestion;
import java.util.List;
import java.util.UUID;

/** A round about to run: its segment and its questions in play order, answers already shuffled. */
public record RoundPlan(UUID segmentId, String kind, String title, String presenterName, UUID presenterUserId,
        List<RoundQuestion> questions) {
}
