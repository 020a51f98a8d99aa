package io.quizcast.game.core;

import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether an answer counts, in the contract's order of checks (not_joined, paused, no_question, stale, late_join,
 * duplicate, too_early, too_late, then bad_message for a shape the question's type does not take), and what it scores. Pure: the room passes what it knows of the player.
 */
public final class AnswerRules {

    /**
     * An answer that counts: what was given, what it scores (its streak bonus included), the time it is counted
     * with, and the player's streak after it.
     */
    public record Accepted(Given given, boolean correct, int points, int responseMs, int streak, int bonus) {
    }

    /** What the room knows of the player who answers: its role, whether it may and did answer, its streak. */
    public record Player(boolean playing, boolean eligible, boolean answered, int streak) {

        public Player(boolean playing, boolean eligible, boolean answered) {
            this(playing, eligible, answered, 0);
        }
    }

    private AnswerRules() {
    }

    /**
     * @param closing a reveal, next or end was received already (its write is in flight): the question is closed
     */
    public static Accepted check(Game game, boolean closing, Player player, UUID questionId,
            AnswerShapes.Submitted submitted, Instant now) {
        if (!player.playing()) {
            throw new GameException(ErrorCodes.NOT_JOINED, "Join the event before answering");
        }
        if (game.paused()) {
            throw new GameException(ErrorCodes.PAUSED, "Quiz is paused while the presenter reconnects");
        }
        if (!game.questionIsOpen() || closing) {
            throw new GameException(ErrorCodes.NO_QUESTION, "No active question");
        }
        RoundQuestion q = game.openQuestion();
        if (!q.questionId().equals(questionId)) {
            throw new GameException(ErrorCodes.STALE, "Stale answer for previous question");
        }
        if (!player.eligible()) {
            throw new GameException(ErrorCodes.LATE_JOIN, "You can start answering with the next question");
        }
        if (player.answered()) {
            throw new GameException(ErrorCodes.DUPLICATE, "You have already submitted an answer for this question");
        }
        if (game.reading(now)) {
            throw new GameException(ErrorCodes.TOO_EARLY, "The answers are not open yet: read the question");
        }
        long elapsedMs = Duration.between(game.openedAt(), now).toMillis();
        if (elapsedMs > q.timeLimitMs() + Scoring.GRACE_MS) {
            throw new GameException(ErrorCodes.TOO_LATE, "Time expired. Your answer was not recorded");
        }
        Given given = AnswerShapes.read(q, submitted);
        Scoring.Scored scored = Scoring.score(q.key(), q.points(), given, q.timeLimitMs(), elapsedMs);
        int responseMs = (int) Math.max(0, Math.min(elapsedMs, q.timeLimitMs()));
        int streak = Streaks.after(player.streak(), q, scored.correct());
        int bonus = scored.correct() && Streaks.counts(q)
                ? Streaks.bonus(streak, game.settings().play().streakBonus())
                : 0;
        return new Accepted(given, scored.correct(), scored.points() + bonus, responseMs, streak, bonus);
    }
}
