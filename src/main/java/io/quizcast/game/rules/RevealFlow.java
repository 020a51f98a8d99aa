package io.quizcast.game.rules;

import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.core.RoundQuestion;
import io.quizcast.game.core.Step;
import io.quizcast.game.core.Streaks;
import io.quizcast.game.core.Tops;
import io.quizcast.game.core.Transitions;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.room.Detached;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.room.Standings;
import io.quizcast.game.store.AnswerStore;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * What a reveal and a leaderboard tell (computed in memory: the distribution from the room's answers, the rankings
 * from its standings), and the zero-fill of the players who did not answer.
 */
@ApplicationScoped
public class RevealFlow {

    private static final Logger LOG = Logger.getLogger(RevealFlow.class);

    private final AnswerStore answerStore;
    private final Rankings rankings;
    private final Vertx vertx;
    private final StepWriter steps;
    private final int topSize;

    RevealFlow(AnswerStore answerStore, Rankings rankings, Vertx vertx, StepWriter steps, QuizcastConfig config) {
        this.answerStore = answerStore;
        this.rankings = rankings;
        this.vertx = vertx;
        this.steps = steps;
        this.topSize = config.game().broadcastLeaderboardSize();
    }

    /**
     * The open question's answer, told with what the players chose and the rankings (computed outside the lock, on
     * the turn's draft); each player gets its own standing, and the zero-fill starts once the reveal is adopted.
     */
    Uni<Void> reveal(Room room, Outbox out) {
        endStreaks(room);
        List<Standings.Ranked> event = Standings.event(room.members());
        List<Standings.Ranked> segment = Standings.segment(room.members(), room::isPresenter);
        Tops tops = new Tops(Standings.top(segment, topSize, true), Standings.top(event, topSize, false));
        Step revealed = Transitions.revealed(room.game(), room.answers().choices(), tops);
        return steps.write(room, revealed, out).invoke(() -> {
            scoresUpdate(room, event, out);
            // on the room itself, once it adopted this turn (the draft is gone by then)
            out.afterSending(this::startZeroFill);
        });
    }

    Uni<Void> leaderboard(Room room, Outbox out) {
        return steps.write(room, Transitions.leaderboardShown(room.game(), rankings.tops(room)), out);
    }

    /**
     * The reveal's zero-fill runs outside the lock, once the reveal committed: nothing anyone is told depends on it
     * (no score changes), and next_question or end_game does it again in its own transaction (a no-op if it ran).
     */
    private void startZeroFill(Room room) {
        RoundQuestion q = room.game().openQuestion();
        if (q == null || room.game().zeroFilled()) {
            return;
        }
        Detached.start(vertx, zeroFillWrite(room, q)).subscribe().with(done -> {
        }, failure -> LOG.debugf("the reveal's zero-fill for %s failed (next or end does it again): %s", room.eventId,
                failure));
    }

    /** Counts the players who did not answer the open question as answered with 0, once. */
    Uni<Void> zeroFill(Room room) {
        RoundQuestion q = room.game().openQuestion();
        if (q == null || room.game().zeroFilled()) {
            return Uni.createFrom().voidItem();
        }
        // done here, in the turn's own transaction, whether or not the reveal's detached zero-fill ran: waiting for
        // it could wait for a pooled connection while this transaction holds one; the question's zero_filled_at mark
        // makes whichever of the two commits second store nothing
        endStreaks(room);
        return zeroFillWrite(room, q).get().invoke(() -> room.game(Transitions.zeroFilled(room.game())));
    }

    /** The players who did not answer the open question end their answer streaks (when it counts for one). */
    private static void endStreaks(Room room) {
        RoundQuestion q = room.game().openQuestion();
        if (q != null && Streaks.counts(q)) {
            room.endStreaks(room.answers().missing());
        }
    }

    /** The zero-fill's write for the open question, with its missing players taken now (under the lock). */
    private Supplier<Uni<Void>> zeroFillWrite(Room room, RoundQuestion q) {
        Set<UUID> missing = room.answers().missing();
        UUID segmentId = room.game().segmentId();
        boolean endsStreaks = Streaks.counts(q);
        return () -> answerStore.zeroFill(room.eventId, segmentId, q.position(), q.questionId(), missing,
                endsStreaks);
    }

    /** Each player its own standing, the staff the top entries (event totals and ranks). */
    private void scoresUpdate(Room room, List<Standings.Ranked> ranking, Outbox out) {
        RoundQuestion q = room.game().openQuestion();
        List<ServerMessage.ScoreEntry> top = new ArrayList<>();
        // the player just above each one ("120 behind Sam"): the last one passed with a higher total, so that a
        // tie shares the one above the tied group
        Member previous = null;
        Member ahead = null;
        for (Standings.Ranked r : ranking) {
            Member m = r.member();
            if (previous != null && previous.totalScore() > m.totalScore()) {
                ahead = previous;
            }
            previous = m;
            ServerMessage.ScoreEntry entry = new ServerMessage.ScoreEntry(m.clientId(),
                    room.answers().pointsOf(m.participantId), m.totalScore(), m.segmentScore(), r.rank(),
                    m.streak(), room.answers().bonusOf(m.participantId),
                    q != null && q.type().scored() ? room.answers().correctOf(m.participantId) : null,
                    ahead == null ? null : ahead.displayName(),
                    ahead == null ? null : ahead.totalScore() - m.totalScore());
            if (top.size() < topSize) {
                top.add(entry);
            }
            if (!room.isStaff(m)) {
                out.member(m.participantId, new ServerMessage.ScoresUpdate(List.of(entry)));
            }
        }
        out.staff(new ServerMessage.ScoresUpdate(top));
    }
}
