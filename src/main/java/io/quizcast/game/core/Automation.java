package io.quizcast.game.core;

import java.time.Instant;
import java.util.UUID;

/**
 * What the game does by itself next, and when: the answers open after the reading time; with auto-reveal, the answer
 * is revealed when the time is up (after the grace) or as soon as every player answered; with auto-advance, the
 * leaderboard follows a reveal, and the next question (or the round's end) a leaderboard, after N seconds. Nothing
 * while paused or between rounds: a round is started by a person.
 */
public final class Automation {

    /** The game's own moves. */
    public enum Action {

        OPEN_ANSWERS(false),
        REVEAL(true),
        SHOW_LEADERBOARD(false),
        NEXT(true);

        private final boolean closesQuestion;

        Action(boolean closesQuestion) {
            this.closesQuestion = closesQuestion;
        }

        public boolean closesQuestion() {
            return closesQuestion;
        }
    }

    /**
     * {@code action} is due at {@code at}, for the play {@code playId} in {@code phase}. A relative move (after N
     * seconds) keeps the time it was first planned with: planning it again for the same play and phase changes
     * nothing.
     */
    public record Due(Action action, UUID playId, Phase phase, Instant at, boolean relative) {

        /** Whether {@code other} is the same move (so a timer set for this one stands for it). */
        public boolean sameAs(Due other) {
            return other != null && action == other.action && playId.equals(other.playId) && phase == other.phase
                    && (relative || at.equals(other.at));
        }

        /**
         * Whether the game is still where this move was planned for: the same play in the same phase, and for a timed
         * move the same clock (a pause and its resume move a question's clock, and its moves with it).
         */
        public boolean stillFor(Game game) {
            RoundQuestion q = game.openQuestion();
            if (game.phase() != phase || q == null || !q.playId().equals(playId)) {
                return false;
            }
            return switch (action) {
                case OPEN_ANSWERS -> at.equals(game.openedAt());
                case REVEAL -> at.equals(game.openedAt()) || at.equals(revealAt(game));
                default -> true;
            };
        }
    }

    private Automation() {
    }

    /**
     * The next move of {@code game} at {@code now}, or null when it waits for a person.
     *
     * @param everyoneAnswered every online player of the open question has a stored answer
     */
    public static Due next(Game game, boolean everyoneAnswered, Instant now) {
        RoundQuestion q = game.openQuestion();
        if (game.paused() || q == null || game.round() == null) {
            return null;
        }
        PlaySettings play = game.settings().play();
        return switch (game.phase()) {
            case SHOWING_QUESTION -> {
                if (!game.questionIsOpen()) {
                    yield null;
                }
                if (game.reading(now)) {
                    yield new Due(Action.OPEN_ANSWERS, q.playId(), game.phase(), game.openedAt(), false);
                }
                if (!play.autoReveal()) {
                    yield null;
                }
                // everyone answered: at once (a planned reveal at the deadline is replaced)
                yield new Due(Action.REVEAL, q.playId(), game.phase(), everyoneAnswered ? game.openedAt()
                        : revealAt(game), false);
            }
            case REVEALING_ANSWER -> play.autoAdvanceSeconds() > 0
                    ? new Due(Action.SHOW_LEADERBOARD, q.playId(), game.phase(), now.plusMillis(play.autoAdvanceMs()),
                            true)
                    : null;
            case SHOWING_LEADERBOARD -> play.autoAdvanceSeconds() > 0
                    ? new Due(Action.NEXT, q.playId(), game.phase(), now.plusMillis(play.autoAdvanceMs()), true)
                    : null;
            default -> null;
        };
    }

    /** When the open question's time is up, its grace included. */
    static Instant revealAt(Game game) {
        return game.openedAt().plusMillis(game.openQuestion().timeLimitMs() + Scoring.GRACE_MS);
    }
}
