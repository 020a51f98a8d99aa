package io.quizcast.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A record of one join request and how it ended (joined, rejoined, locked, ...). */
@Entity
@Table(name = "join_attempts")
public class JoinAttempt {

    @Id
    public UUID id;
    public UUID eventId;
    public String joinCode;
    public UUID deviceId;
    public UUID userId;
    public String displayName;
    public String outcome;
    public UUID participantId;
    public Instant attemptedAt;
}
