package io.quizcast.game.store;

import io.quizcast.game.core.RoundQuestion;
import java.time.Instant;
import java.util.List;

/** A round's questions as stored, in play order, with when each was opened and zero-filled. */
public record StoredRound(List<StoredRound.Question> stored) {

    /** A stored round question and when it was opened and zero-filled (null when not yet). */
    public record Question(RoundQuestion question, Instant openedAt, Instant zeroFilledAt) {
    }

    public List<RoundQuestion> questions() {
        return stored.stream().map(Question::question).toList();
    }

    /** The first question not yet asked, or -1 when every one was. */
    public int firstUnasked() {
        for (Question s : stored) {
            if (s.openedAt() == null) {
                return s.question().position();
            }
        }
        return -1;
    }

    public boolean zeroFilled(int position) {
        return stored.get(position).zeroFilledAt() != null;
    }
}
