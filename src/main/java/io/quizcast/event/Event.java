package io.quizcast.event;

import io.quizcast.common.EventStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A live quiz event: its host, join code, settings and lifecycle ({@code status}: an {@link EventStatus}). */
@Entity
@Table(name = "events")
public class Event {

    @Id
    public UUID id;
    public UUID hostId;
    public String title;
    @Column(columnDefinition = "text")
    public String description;
    public String joinCode;
    public String mode;
    public String status;
    public int numFakeAnswers;
    public int timePerQuestion;
    public int questionsToGenerate;
    public Integer questionGenIntervalSeconds;
    public String singleSegmentMode;
    /** Seconds the question shows before its answers open (0 to 10). */
    public int readingTime;
    public boolean autoReveal;
    /** Seconds after a reveal and after a leaderboard before the game moves on by itself; 0: it waits. */
    public int autoAdvance;
    public boolean streakBonus;
    public boolean shuffleAnswers = true;
    /** Words no display name of the event may hold, beside the built-in lists. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> blockedWords = List.of();
    /** One of {@link EventTheme}'s wire names. */
    public String theme = EventTheme.CLASSIC.wireName();
    /** The organiser's logo, an image of the event; null: none. */
    public UUID logoImageId;
    public boolean joinLocked;
    public Instant joinLockedAt;
    public String previousStatus;
    public Instant endedAt;
    public Instant resumedAt;
    public Instant createdAt;

    public boolean isHostedBy(UUID accountId) {
        return hostId.equals(accountId);
    }
}
