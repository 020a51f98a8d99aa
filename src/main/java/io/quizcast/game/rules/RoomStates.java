package io.quizcast.game.rules;

import io.quizcast.event.Event;
import io.quizcast.game.GameState;
import io.quizcast.game.core.EventSettings;
import io.quizcast.game.core.Game;
import io.quizcast.game.core.Pause;
import io.quizcast.game.core.PauseReason;
import io.quizcast.game.core.Phase;
import io.quizcast.game.core.PlaySettings;
import io.quizcast.game.core.Round;
import io.quizcast.game.core.RoundQuestion;
import io.quizcast.segment.Segment;
import java.util.List;
import java.util.UUID;

/** The one mapping between a {@link Game} and what is stored (game_states), and between an event and its settings. */
final class RoomStates {

    private RoomStates() {
    }

    static GameState toStored(UUID eventId, Game game) {
        GameState s = new GameState();
        s.eventId = eventId;
        s.segmentId = game.segmentId();
        s.phase = game.phase().wire();
        s.questionIndex = game.questionIndex() >= 0 ? game.questionIndex() : null;
        s.questionStartedAt = game.openedAt();
        Pause pause = game.pause();
        s.pausedReason = pause == null ? null : pause.reason().wire();
        s.pausedPhase = pause == null || pause.from() == null ? null : pause.from().wire();
        s.remainingMsAtPause = pause == null ? null : pause.remainingMs();
        s.pendingPresenterId = game.pendingPresenterId();
        return s;
    }

    /** The stored game, with its round (read beside it; null when none runs or it was deleted). */
    static Game fromStored(GameState s, Round round, boolean zeroFilled, EventSettings settings) {
        PauseReason reason = PauseReason.of(s.pausedReason);
        Pause pause = reason == null ? null
                : new Pause(reason, s.pausedPhase == null ? null : Phase.of(s.pausedPhase),
                        s.remainingMsAtPause != null ? s.remainingMsAtPause : 0);
        return new Game(Phase.of(s.phase), round,
                round != null && s.questionIndex != null ? s.questionIndex : -1,
                round != null ? s.questionStartedAt : null, pause, s.pendingPresenterId, zeroFilled, settings);
    }

    static EventSettings settings(Event event) {
        return new EventSettings(event.hostId, event.status, event.timePerQuestion, event.numFakeAnswers,
                event.singleSegmentMode, new PlaySettings(event.readingTime, event.autoReveal, event.autoAdvance,
                        event.streakBonus, event.shuffleAnswers));
    }

    /** A stored segment as a round, with its questions. */
    static Round round(Segment segment, List<RoundQuestion> questions) {
        return new Round(segment.id, Segment.KIND_MEGA.equals(segment.kind) ? Round.Kind.MEGA : Round.Kind.PRESENTER,
                Round.titleOr(segment.title, segment.orderIndex), segment.presenterName, segment.presenterUserId,
                questions);
    }
}
