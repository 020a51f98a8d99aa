package io.quizcast.game.hub;

import io.quizcast.game.message.ParticipantInfo;
import io.quizcast.participant.Participant;
import java.time.Instant;
import java.util.UUID;

/** A participant as the Hub caches it; mutated only under its room's lock. */
public final class Member {

    final UUID participantId;
    final UUID userId;
    String displayName;
    String avatarUrl;
    String joinStatus;
    boolean lateJoiner;
    boolean host;
    boolean player;
    final Instant joinedAt;
    boolean online;
    boolean everConnected;

    Member(Participant p) {
        this.participantId = p.id;
        this.userId = p.userId;
        this.displayName = p.displayName;
        this.avatarUrl = p.avatarUrl;
        this.joinStatus = p.joinStatus;
        this.lateJoiner = p.isLateJoiner;
        this.host = p.isHost;
        this.player = p.isPlayer;
        this.joinedAt = p.joinedAt;
    }

    public UUID clientId() {
        return userId != null ? userId : participantId;
    }

    public UUID participantId() {
        return participantId;
    }

    public String displayName() {
        return displayName;
    }

    ParticipantInfo info() {
        return new ParticipantInfo(clientId(), clientId(), participantId, displayName, avatarUrl, joinStatus,
                lateJoiner,
                host, joinedAt, online);
    }
}
