package io.quizcast.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question of a segment: its type, its text, what is correct and the wrong answers, its time and points. */
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
    /** A {@link QuestionType} name. */
    public String questionType = QuestionType.SINGLE.wire();
    /** multiple: every correct answer; type_answer: every accepted answer; ordering: the items in order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> correctAnswers = List.of();
    public BigDecimal sliderMin;
    public BigDecimal sliderMax;
    public BigDecimal sliderStep;
    public BigDecimal sliderTolerance;
    public short typoTolerance = 1;
    @Column(name = "time_limit_s")
    public Integer timeLimitSeconds;
    /** A {@link PointsMode} name. */
    public String pointsMode = PointsMode.STANDARD.wire();
    @Column(columnDefinition = "text")
    public String explanation;
    /** An image of the question's event, shown with it (null: none). */
    public UUID imageId;

    public QuestionType type() {
        return QuestionType.of(questionType);
    }

    /** The slider's scale, or null for another type. */
    public Slider slider() {
        return type() != QuestionType.SLIDER ? null
                : new Slider(sliderMin, sliderMax, sliderStep, correctAnswer == null ? null
                        : new BigDecimal(correctAnswer), sliderTolerance);
    }
}
