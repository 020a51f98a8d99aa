package io.quizcast.game.core;

import io.quizcast.leaderboard.LeaderboardEntry;
import java.util.List;

/** The top of the running round's ranking and of the event's, as the reveal, leaderboard and round's end tell them. */
public record Tops(List<LeaderboardEntry> segment, List<LeaderboardEntry> event) {

    public Tops {
        segment = List.copyOf(segment);
        event = List.copyOf(event);
    }

    static LeaderboardEntry first(List<LeaderboardEntry> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
