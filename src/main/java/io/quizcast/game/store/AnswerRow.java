package io.quizcast.game.store;

import java.util.UUID;

/** One accepted answer as it is stored: its round, question and player, what was chosen, and what it scored. */
public record AnswerRow(UUID segmentId, UUID questionId, UUID participantId, String selectedAnswer, boolean correct,
        int responseTimeMs, int points) {

    /** The time that counts towards the totals: only correct answers add their time (ties go to the faster). */
    public int countedTimeMs() {
        return correct ? responseTimeMs : 0;
    }
}
