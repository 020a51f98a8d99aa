package io.quizcast.game.core;

import io.quizcast.game.message.ServerMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The messages a game's state tells on its own: its phase, its open question, and a reveal's distribution. */
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
                game.openedAt().plusMillis(q.timeLimitMs()));
    }

    /** How many players chose each offered answer, in the offered order (a zero-filled player chose none). */
    static List<ServerMessage.DistributionEntry> distribution(RoundQuestion q, Collection<String> chosen) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (String answer : chosen) {
            if (answer != null && !answer.isEmpty()) {
                counts.merge(answer, 1, Integer::sum);
                total++;
            }
        }
        List<ServerMessage.DistributionEntry> entries = new ArrayList<>(q.answers().size());
        for (String answer : q.answers()) {
            int count = counts.getOrDefault(answer, 0);
            double percentage = total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0;
            entries.add(
                    new ServerMessage.DistributionEntry(answer, count, percentage, answer.equals(q.correctAnswer())));
        }
        return entries;
    }
}
