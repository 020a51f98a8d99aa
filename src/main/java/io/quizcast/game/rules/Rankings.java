package io.quizcast.game.rules;

import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.core.Tops;
import io.quizcast.game.room.Room;
import io.quizcast.game.room.Standings;
import io.quizcast.leaderboard.LeaderboardEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The top of the rankings, as the end of a round and of the event tell them (never a list that grows with the
 * players), from the room's standings: no query, so a turn never waits for a second pooled connection (a turn
 * holding one and waiting for another deadlocks the pool when many events end their rounds at once).
 */
@ApplicationScoped
public class Rankings {

    private final int size;

    Rankings(QuizcastConfig config) {
        this.size = config.game().broadcastLeaderboardSize();
    }

    /** The running round's and the event's tops, from the room's standings (the same order as the REST ones). */
    public Tops tops(Room room) {
        return new Tops(Standings.top(Standings.segment(room.members(), room::isPresenter), size, true), event(room));
    }

    public List<LeaderboardEntry> event(Room room) {
        return Standings.top(Standings.event(room.members()), size, false);
    }
}
