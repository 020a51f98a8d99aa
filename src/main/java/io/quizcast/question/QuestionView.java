package io.quizcast.question;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The contract's Question shape (with the correct answer: only the host and the presenter see it). */
@RegisterForReflection // serialised by Jackson in the native image
public record QuestionView(UUID id, UUID segmentId, String questionText, String correctAnswer, List<String> fakeAnswers,
        int orderIndex, boolean isAiGenerated, Float qualityScore, String sourceTranscript, Instant createdAt) {

    public static QuestionView of(Question q) {
        return new QuestionView(q.id, q.segmentId, q.questionText, q.correctAnswer, q.fakeAnswers, q.orderIndex,
                q.isAiGenerated, q.qualityScore, q.sourceTranscript, q.createdAt);
    }
}
