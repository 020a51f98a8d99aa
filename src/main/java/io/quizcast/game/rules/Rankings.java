package io.quizcast.game.rules;

import io.quizcast.config.QuizcastConfig;
import io.quizcast.leaderboard.LeaderboardEntry;
import io.quizcast.leaderboard.repository.LeaderboardRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The top of the rankings, as broadcasts carry them (never a list that grows with the players). */
@ApplicationScoped
public class Rankings {

    /** The top of a segment's ranking and of the event's. */
    public record Tops(List<LeaderboardEntry> segment, List<LeaderboardEntry> event) {
    }

    private final LeaderboardRepository leaderboards;
    private final int size;

    Rankings(LeaderboardRepository leaderboards, QuizcastConfig config) {
        this.leaderboards = leaderboards;
        this.size = config.game().broadcastLeaderboardSize();
    }

    public Uni<Tops> tops(UUID eventId, UUID segmentId) {
        return leaderboards.segment(eventId, segmentId, size, 0)
                .chain(segment -> leaderboards.event(eventId, size, 0).map(event -> new Tops(segment, event)));
    }

    public Uni<List<LeaderboardEntry>> event(UUID eventId) {
        return leaderboards.event(eventId, size, 0);
    }

    public Uni<LeaderboardEntry> segmentWinner(UUID eventId, UUID segmentId) {
        return leaderboards.segment(eventId, segmentId, 1, 0).map(list -> list.isEmpty() ? null : list.get(0));
    }
}
