package io.quizcast.game;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The stored live state of one event's game: what the Hub caches, written as it changes. */
@Entity
@Table(name = "game_states")
public class GameState {

    @Id
    public UUID eventId;
    public UUID segmentId;
    public String phase;
    public Integer questionIndex;
    public Instant questionStartedAt;
    public String pausedReason;
    public String pausedPhase;
    public Long remainingMsAtPause;
    public UUID pendingPresenterId;
    public Instant updatedAt;
}
