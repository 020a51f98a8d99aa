package io.quizcast.segment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One presenter's part of an event (kind "presenter"), or the event's mega quiz round (kind "mega"). */
@Entity
@Table(name = "segments")
public class Segment {

    public static final String PENDING = "pending";
    public static final String RECORDING = "recording";
    public static final String QUIZ_READY = "quiz_ready";
    public static final String QUIZZING = "quizzing";
    public static final String COMPLETED = "completed";
    public static final String KIND_PRESENTER = "presenter";
    public static final String KIND_MEGA = "mega";

    @Id
    public UUID id;
    public UUID eventId;
    public String kind;
    public String presenterName;
    public UUID presenterUserId;
    public String title;
    public int orderIndex;
    public String status;
    public String previousStatus;
    public Instant recordingStartedAt;
    public Instant recordingEndedAt;
    public Instant quizStartedAt;
    public Instant endedAt;
    public Instant resumedAt;
    public Instant createdAt;

    public boolean isPresentedBy(UUID accountId) {
        return presenterUserId != null && presenterUserId.equals(accountId);
    }
}
