package io.quizcast.game.room;

import java.util.List;
import java.util.UUID;

/** One question of a running round, with the answer order everyone sees. */
public record RoundQuestion(int position, UUID questionId, String text, String correctAnswer, List<String> answers,
        int timeLimitSeconds) {

    public long timeLimitMs() {
        return timeLimitSeconds * 1000L;
    }
}
