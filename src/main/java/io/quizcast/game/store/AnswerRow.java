package io.quizcast.game.store;

import java.util.UUID;

/**
 * One accepted answer as it is stored: its round, question and player, what was chosen, what it scored and the
 * player's answer streak after it; with its
 * event and the owner's epoch the room held it with (the write is fenced by them).
 */
public record AnswerRow(UUID eventId, long epoch, UUID segmentId, UUID questionId, UUID participantId,
        String selectedAnswer, boolean correct,
        int responseTimeMs, int points, int streak) {

    /** The time that counts towards the totals: only correct answers add their time (ties go to the faster). */
    public int countedTimeMs() {
        return correct ? responseTimeMs : 0;
    }
}
