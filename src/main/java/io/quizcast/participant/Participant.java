package io.quizcast.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One person in one event (table event_participants), anonymous or linked to an account. */
@Entity
@Table(name = "event_participants")
public class Participant {

    public static final String ACTIVE = "active";
    public static final String WAITING_FOR_SEGMENT = "waiting_for_segment";

    @Id
    public UUID id;
    public UUID eventId;
    public UUID userId;
    public UUID deviceId;
    public String displayName;
    @Column(columnDefinition = "text")
    public String avatarUrl;
    public String avatarType;
    public String sessionTokenHash;
    public int totalScore;
    public int answerStreak;
    /** When the organiser removed the participant (kick), or null. */
    public Instant removedAt;
    public long totalResponseTimeMs;
    public String joinStatus;
    public boolean isLateJoiner;
    public boolean isHost;
    public boolean isPlayer;
    public Instant joinedAt;
    public Instant lastSeenAt;

    /** The id clients know this person by: the account id when linked, else the participant id. */
    public UUID clientId() {
        return userId != null ? userId : id;
    }
}
