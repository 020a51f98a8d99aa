package io.quizcast.game.rules;

import io.quizcast.game.GameState;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.room.Room;
import io.quizcast.game.room.RoundQuestion;

/** Turns a room into what is stored (game_states) and into the phase messages everyone sees. */
final class RoomStates {

    private RoomStates() {
    }

    static GameState toStored(Room room) {
        GameState s = new GameState();
        s.eventId = room.eventId;
        s.segmentId = room.segmentId;
        s.phase = room.phase.wire();
        s.questionIndex = room.questionIndex >= 0 ? room.questionIndex : null;
        s.questionStartedAt = room.openedAt;
        s.pausedReason = room.pausedReason == null ? null : room.pausedReason.wire();
        s.pausedPhase = room.pausedPhase == null ? null : room.pausedPhase.wire();
        s.remainingMsAtPause = room.pausedReason != null ? room.remainingAtPauseMs : null;
        s.pendingPresenterId = room.pendingPresenterId;
        return s;
    }

    static ServerMessage.PhaseChanged phaseChanged(Room room) {
        return new ServerMessage.PhaseChanged(room.phase.wire(), room.questionIndex >= 0 ? room.questionIndex : null,
                room.segmentId != null ? room.questions.size() : null, room.segmentId);
    }

    static ServerMessage.Question question(Room room) {
        RoundQuestion q = room.openQuestion();
        return new ServerMessage.Question(q.questionId(), q.position() + 1, room.questions.size(), q.text(),
                q.answers(),
                q.timeLimitSeconds(), room.openedAt, room.openedAt.plusMillis(q.timeLimitMs()));
    }
}
