package io.quizcast.game.store;

import java.util.UUID;

/** One player's standing after a question: event total, segment score, last delta and event rank. */
public record PlayerScore(UUID participantId, UUID clientId, int score, int segmentScore, int delta, int rank) {
}
