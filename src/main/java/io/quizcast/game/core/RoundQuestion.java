package io.quizcast.game.core;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * One question of a running round, with the answer order everyone sees. {@code playId} names this play of the
 * question: the mega quiz asks the rounds' questions again under the same {@code questionId}, and a client that keeps
 * what it answered per question must see a new question.
 */
public record RoundQuestion(int position, UUID questionId, UUID playId, String text, String correctAnswer,
        List<String> answers, int timeLimitSeconds) {

    /** A question as played at {@code position} of the round {@code segmentId}. */
    public static RoundQuestion of(UUID segmentId, int position, UUID questionId, String text, String correctAnswer,
            List<String> answers, int timeLimitSeconds) {
        return new RoundQuestion(position, questionId, playId(segmentId, position), text, correctAnswer, answers,
                timeLimitSeconds);
    }

    /** Derived, never stored: every process (a restart, another pod) names a play the same. */
    static UUID playId(UUID segmentId, int position) {
        return UUID.nameUUIDFromBytes((segmentId + "/" + position).getBytes(StandardCharsets.UTF_8));
    }

    public long timeLimitMs() {
        return timeLimitSeconds * 1000L;
    }
}
