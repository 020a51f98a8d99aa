package io.quizcast.game.core;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One event's game as a value: the phase, the round and its open question, the pause, the presenter chosen next and
 * the event's settings. Never changed in place: a transition ({@link Transitions}) returns the next one, and a room
 * swaps its reference after the commit. A new field here costs one edit in the storage mapping (RoomStates) too.
 *
 * @param questionIndex the open (or last opened) question's position in the round, -1 before the first
 * @param openedAt when that question's answers opened (or open, after its reading time), as its deadline counts
 *                 (null when none is)
 * @param pause why and from where the round is paused (null unless the phase is presenter_paused)
 * @param zeroFilled whether the players who did not answer the open question were counted with 0
 */
public record Game(Phase phase, Round round, int questionIndex, Instant openedAt, Pause pause,
        UUID pendingPresenterId, boolean zeroFilled, EventSettings settings) {

    /** No game at all yet: the event's settings, nothing played. */
    public static Game initial(EventSettings settings) {
        return new Game(Phase.NOT_STARTED, null, -1, null, null, null, false, settings);
    }

    public UUID segmentId() {
        return round == null ? null : round.segmentId();
    }

    public int questionCount() {
        return round == null ? 0 : round.questions().size();
    }

    public RoundQuestion openQuestion() {
        return round != null && questionIndex >= 0 && questionIndex < round.questions().size()
                ? round.questions().get(questionIndex)
                : null;
    }

    public boolean questionIsOpen() {
        return phase == Phase.SHOWING_QUESTION && openQuestion() != null && openedAt != null;
    }

    public boolean paused() {
        return phase == Phase.PRESENTER_PAUSED;
    }

    public boolean roundRunning() {
        return round != null && phase.isRunning();
    }

    public boolean hasNextQuestion() {
        return questionIndex + 1 < questionCount();
    }

    /**
     * The open question's time left at {@code now}, never below zero (0 when no question is open) nor above its limit
     * (its whole time while its answers have not opened yet).
     */
    public long remainingMs(Instant now) {
        RoundQuestion q = openQuestion();
        if (!questionIsOpen()) {
            return 0;
        }
        return Math.max(0, Math.min(q.timeLimitMs(), q.timeLimitMs() - Duration.between(openedAt, now).toMillis()));
    }

    /** Whether the open question is shown for reading and its answers open later ({@code openedAt} is ahead). */
    public boolean reading(Instant now) {
        return questionIsOpen() && openedAt.isAfter(now);
    }

    public UUID hostUserId() {
        return settings.hostUserId();
    }

    /** The presenter of the running round (the mega quiz has none: the host runs it). */
    public UUID presenterUserId() {
        return round == null || round.mega() ? null : round.presenterUserId();
    }

    public String presenterName() {
        return round == null ? null : round.presenterName();
    }

    public boolean isHost(UUID userId) {
        return userId != null && userId.equals(settings.hostUserId());
    }

    public boolean isPresenter(UUID userId) {
        return userId != null && userId.equals(presenterUserId());
    }

    /** The host or the running round's presenter: who may run the round. */
    public boolean isStaff(UUID userId) {
        return isHost(userId) || isPresenter(userId);
    }

    Game with(Phase next) {
        return new Game(next, round, questionIndex, openedAt, pause, pendingPresenterId, zeroFilled, settings);
    }

    Game with(Round next) {
        return new Game(phase, next, questionIndex, openedAt, pause, pendingPresenterId, zeroFilled, settings);
    }

    Game withQuestion(int index, Instant opened) {
        return new Game(phase, round, index, opened, pause, pendingPresenterId, false, settings);
    }

    Game with(Pause next) {
        return new Game(phase, round, questionIndex, openedAt, next, pendingPresenterId, zeroFilled, settings);
    }

    Game withPendingPresenter(UUID next) {
        return new Game(phase, round, questionIndex, openedAt, pause, next, zeroFilled, settings);
    }

    Game withZeroFilled() {
        return new Game(phase, round, questionIndex, openedAt, pause, pendingPresenterId, true, settings);
    }

    public Game with(EventSettings next) {
        return new Game(phase, round, questionIndex, openedAt, pause, pendingPresenterId, zeroFilled, next);
    }
}
