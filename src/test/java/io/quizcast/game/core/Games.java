package io.quizcast.game.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Games and rounds for the pure tests: a host, a presenter, rounds of "Qn" questions whose answer is "An". */
final class Games {

    static final UUID HOST = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID PRESENTER = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    static final int LIMIT_S = 20;

    private Games() {
    }

    static EventSettings settings() {
        return new EventSettings(HOST, "waiting", LIMIT_S, 3, null, PlaySettings.V1);
    }

    static Game initial() {
        return Game.initial(settings());
    }

    static Round round(int questions) {
        return round(UUID.randomUUID(), Round.Kind.PRESENTER, questions);
    }

    static Round round(UUID segmentId, Round.Kind kind, int questions) {
        List<RoundQuestion> list = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            list.add(RoundQuestion.of(segmentId, i, UUID.nameUUIDFromBytes(("q" + i).getBytes()), "Q" + i, "A" + i,
                    List.of("A" + i, "W" + i), LIMIT_S));
        }
        return new Round(segmentId, kind, "Round", "Pat", kind == Round.Kind.MEGA ? HOST : PRESENTER, list);
    }

    /** A round of {@code questions} with its first question open at {@link #T0}. */
    static Game showing(int questions) {
        return Transitions.opened(Transitions.roundStarted(initial(), round(questions), 0, settings()).game(), 0, T0)
                .game();
    }
}
