package io.quizcast.game.core;

import java.util.List;
import java.util.UUID;

/** The round being played (a presenter's segment or the mega quiz): who presents it and its questions in order. */
public record Round(UUID segmentId, Kind kind, String title, String presenterName, UUID presenterUserId,
        List<RoundQuestion> questions) {

    /** A presenter's round or the mega quiz (the wire's segment kinds). */
    public enum Kind {
        PRESENTER,
        MEGA
    }

    public Round {
        questions = List.copyOf(questions);
    }

    /** How a round is named to people when its organiser gave it no title: rounds are numbered in play order. */
    public static String titleOr(String title, int orderIndex) {
        return title != null && !title.isBlank() ? title : "Round " + (orderIndex + 1);
    }

    public boolean mega() {
        return kind == Kind.MEGA;
    }

    public Round withQuestions(List<RoundQuestion> list) {
        return new Round(segmentId, kind, title, presenterName, presenterUserId, list);
    }

    public Round withPresenter(UUID userId, String name) {
        return new Round(segmentId, kind, title, name, userId, questions);
    }
}
