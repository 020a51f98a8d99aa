package io.quizcast.load.floor;

import io.quizcast.load.floor.FloorMessages.Entry;
import io.quizcast.load.floor.FloorMessages.Info;
import java.util.UUID;

/** One participant of one event: identity, name, scores and current socket, all guarded by its event's lock. */
final class FloorPlayer {

    final FloorEvent event;
    final UUID participantId = UUID.randomUUID();
    final UUID accountId;
    final String name;
    final boolean host;
    final int joinOrder;
    final String joinedAt = FloorMessages.iso(java.time.Instant.now());
    int score;
    int segmentScore;
    long timeMs;
    long segmentTimeMs;
    FloorSocket socket;
    boolean everConnected;

    FloorPlayer(FloorEvent event, UUID accountId, String name, boolean host, int joinOrder) {
        this.event = event;
        this.accountId = accountId;
        this.name = name;
        this.host = host;
        this.joinOrder = joinOrder;
    }

    /** The client identity: the account id when linked, else the participant id. */
    UUID identity() {
        return accountId != null ? accountId : participantId;
    }

    Info info() {
        return new Info(identity(), identity(), participantId, name, null, "active", false, host, joinedAt,
                socket != null);
    }

    Entry entry(int rank, boolean segment) {
        return new Entry(rank, identity(), participantId, name, null, segment ? segmentScore : score,
                segment ? segmentTimeMs : timeMs, false, socket != null);
    }
}
