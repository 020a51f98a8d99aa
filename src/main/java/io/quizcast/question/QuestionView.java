package io.quizcast.question;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The contract's Question shape (with the correct answer: only the host and the presenter see it), and since issue 20
 * its type and the fields of that type: the same names a create, an update or an import takes, so a question read
 * here is written back as it is.
 */
@RegisterForReflection // serialised by Jackson in the native image
public record QuestionView(UUID id, UUID segmentId, String questionText, String correctAnswer, List<String> fakeAnswers,
        int orderIndex, boolean isAiGenerated, Float qualityScore, String sourceTranscript, Instant createdAt,
        String type, List<String> correctAnswers, List<String> options, List<String> items, Slider slider,
        int typoTolerance, Integer timeLimit, String points, String explanation, String imageId, String imageUrl) {

    public static QuestionView of(Question q) {
        QuestionType type = q.type();
        List<String> none = List.of();
        return new QuestionView(q.id, q.segmentId, q.questionText, q.correctAnswer,
                type == QuestionType.POLL ? none : q.fakeAnswers, q.orderIndex, q.isAiGenerated, q.qualityScore,
                q.sourceTranscript, q.createdAt, type.wire(),
                type == QuestionType.MULTIPLE || type == QuestionType.TYPE_ANSWER ? q.correctAnswers : none,
                type == QuestionType.POLL ? q.fakeAnswers : none,
                type == QuestionType.ORDERING ? q.correctAnswers : none, q.slider(), q.typoTolerance,
                q.timeLimitSeconds, q.pointsMode, q.explanation, q.imageId == null ? null : q.imageId.toString(),
                q.imageId == null ? null : "/api/images/" + q.imageId);
    }

    /** This question as input: what an update merges its changes into. */
    public QuestionInput asInput() {
        return new QuestionInput(questionText, correctAnswer, fakeAnswers, orderIndex, type, correctAnswers, options,
                items, slider, typoTolerance, timeLimit, points, explanation, imageId);
    }
}
