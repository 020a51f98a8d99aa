package io.quizcast.game.store;

import io.quizcast.event.Event;
import io.quizcast.game.GameState;
import io.quizcast.game.room.RoundScore;
import io.quizcast.participant.Participant;
import io.quizcast.segment.Segment;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a room's load reads, all at once: the event (null when it is gone), its participants by join time, the live
 * state (null before the first start) and, when a round was running, its segment (null when deleted), each player's
 * score in it, its questions and the answers to the question at the state's index.
 */
public record RoomSnapshot(Event event, List<Participant> participants, GameState state, Segment segment,
        Map<UUID, RoundScore> scores, StoredRound round, Map<UUID, String> answers) {
}
