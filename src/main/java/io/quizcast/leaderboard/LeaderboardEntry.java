package io.quizcast.leaderboard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.UUID;

/** The contract's LeaderboardEntry; {@code user_id} is the client identity, {@code username} the display name. */
@RegisterForReflection // serialised by Jackson in the native image
public record LeaderboardEntry(int rank, UUID userId, UUID participantId, String username, String avatarUrl, int score,
        long responseTimeMs, boolean isLateJoiner, boolean isPresent) {
}
