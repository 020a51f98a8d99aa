package io.quizcast.game.core;

import io.quizcast.game.message.ServerMessage;
import io.quizcast.question.Slider;
import java.time.Instant;

/** The messages a game's state tells on its own: its phase and its open question. */
public final class Told {

    private Told() {
    }

    public static ServerMessage.PhaseChanged phaseChanged(Game game) {
        return new ServerMessage.PhaseChanged(game.phase().wire(),
                game.questionIndex() >= 0 ? game.questionIndex() : null,
                game.round() != null ? game.questionCount() : null, game.segmentId());
    }

    public static ServerMessage.Question question(Game game) {
        RoundQuestion q = game.openQuestion();
        return new ServerMessage.Question(q.questionId(), q.playId(), q.position() + 1, game.questionCount(),
                q.text(), q.answers(), q.timeLimitSeconds(), game.openedAt(),
                game.openedAt().plusMillis(q.timeLimitMs()), q.type().wire(), q.points().wire(), scale(q),
                q.imageUrl());
    }

    /** The question shown at {@code shownAt}, to read before its answers open. */
    public static ServerMessage.QuestionPreview preview(Game game, Instant shownAt) {
        RoundQuestion q = game.openQuestion();
        return new ServerMessage.QuestionPreview(q.questionId(), q.playId(), q.position() + 1, game.questionCount(),
                q.text(), q.type().wire(), q.points().wire(), q.timeLimitSeconds(), shownAt, game.openedAt(),
                q.imageUrl());
    }

    /** A slider question's scale without its correct value; null for another type. */
    public static ServerMessage.SliderScale scale(RoundQuestion q) {
        Slider s = q.key().slider();
        return s == null ? null : new ServerMessage.SliderScale(s.min(), s.max(), s.step());
    }
}
