package io.quizcast.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question of a segment: its text, the correct answer and the wrong ones. */
@Entity
@Table(name = "questions")
public class Question {

    @Id
    public UUID id;
    public UUID segmentId;
    @Column(columnDefinition = "text")
    public String questionText;
    @Column(columnDefinition = "text")
    public String correctAnswer;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> fakeAnswers;
    public int orderIndex;
    public boolean isAiGenerated;
    public Float qualityScore;
    @Column(columnDefinition = "text")
    public String sourceTranscript;
    public Instant createdAt;
}
