package io.quizcast.game.core;

import io.quizcast.question.PointsMode;
import io.quizcast.question.QuestionType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * One question of a running round, with the answer order everyone sees (an ordering's items as shuffled; nothing for
 * a typed or slider answer), what is right ({@link AnswerKey}), its time, points, explanation and image. {@code playId}
 * names this play of the question: the mega quiz asks the rounds' questions again under the same {@code questionId},
 * and a client that keeps what it answered per question must see a new question.
 */
public record RoundQuestion(int position, UUID questionId, UUID playId, String text, List<String> answers,
        int timeLimitSeconds, AnswerKey key, PointsMode points, String explanation, UUID imageId) {

    public RoundQuestion {
        answers = List.copyOf(answers);
    }

    /** A v1 question (single choice, standard points) as played at {@code position} of the round {@code segmentId}. */
    public static RoundQuestion of(UUID segmentId, int position, UUID questionId, String text, String correctAnswer,
            List<String> answers, int timeLimitSeconds) {
        return of(segmentId, position, questionId, text, answers, timeLimitSeconds, AnswerKey.single(correctAnswer),
                PointsMode.STANDARD, null);
    }

    /** A question of any type as played at {@code position} of the round {@code segmentId}. */
    public static RoundQuestion of(UUID segmentId, int position, UUID questionId, String text, List<String> answers,
            int timeLimitSeconds, AnswerKey key, PointsMode points, String explanation) {
        return of(segmentId, position, questionId, text, answers, timeLimitSeconds, key, points, explanation, null);
    }

    /** A question of any type, with its image (or null), as played at {@code position} of round {@code segmentId}. */
    public static RoundQuestion of(UUID segmentId, int position, UUID questionId, String text, List<String> answers,
            int timeLimitSeconds, AnswerKey key, PointsMode points, String explanation, UUID imageId) {
        return new RoundQuestion(position, questionId, playId(segmentId, position), text, answers, timeLimitSeconds,
                key, points, explanation, imageId);
    }

    /** Where the question's image is served (same-origin), or null. */
    public String imageUrl() {
        return imageId == null ? null : "/api/images/" + imageId;
    }

    /** Derived, never stored: every process (a restart, another pod) names a play the same. */
    static UUID playId(UUID segmentId, int position) {
        return UUID.nameUUIDFromBytes((segmentId + "/" + position).getBytes(StandardCharsets.UTF_8));
    }

    public QuestionType type() {
        return key.type();
    }

    /** The correct answer as one text (see {@link AnswerKey#display()}). */
    public String correctAnswer() {
        return key.display();
    }

    public long timeLimitMs() {
        return timeLimitSeconds * 1000L;
    }
}
