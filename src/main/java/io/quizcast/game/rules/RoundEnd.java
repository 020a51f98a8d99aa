package io.quizcast.game.rules;

import io.quizcast.game.core.Game;
import io.quizcast.game.core.Phase;
import io.quizcast.game.core.Round;
import io.quizcast.game.core.Step;
import io.quizcast.game.core.Transitions;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.RoomStore;
import io.quizcast.game.store.RoundStore;
import io.quizcast.game.store.RoundStore.RoundsLeft;
import io.quizcast.game.store.SegmentWinners;
import io.quizcast.generation.GenerationFeature;
import io.quizcast.segment.Segment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a round and of the event: the segment completes, then, once no round with questions is left to play
 * (nor, with talk-to-quiz on, a round whose talk is still to come), the mega quiz is offered or the event ends with
 * its final ranking and segment winners. Runs in a turn, on its
 * draft, like {@link RoundFlow}.
 */
@ApplicationScoped
public class RoundEnd {

    private final RoomStore roomStore;
    private final RoundStore roundStore;
    private final Rankings rankings;
    private final SegmentWinners segmentWinners;
    private final StepWriter steps;
    private final GenerationFeature generation;

    RoundEnd(RoomStore roomStore, RoundStore roundStore, Rankings rankings, SegmentWinners segmentWinners,
            StepWriter steps, GenerationFeature generation) {
        this.roomStore = roomStore;
        this.roundStore = roundStore;
        this.rankings = rankings;
        this.segmentWinners = segmentWinners;
        this.steps = steps;
        this.generation = generation;
    }

    /**
     * The segment's end: stored first (the segment completed, then the state it leads to), then the room follows
     * and everyone is told, in the contract's order.
     */
    Uni<Void> endRound(Room room, Outbox out) {
        Game game = room.game();
        Round round = game.round();
        return roundStore.completeSegment(round.segmentId()).chain(() -> {
            if (round.mega()) {
                return completeEvent(room, Transitions.megaEnded(game), out);
            }
            Step ended = Transitions.roundEnded(game, rankings.tops(room));
            return roundStore.roundsLeft(room.eventId).chain(left -> {
                // with rounds left to play the round's end is stored; else afterRounds stores what follows it.
                // With talks made into quizzes, an empty round still to come is a talk not yet given: the event
                // waits for it (the host moves on with start_game when it will not come)
                if (!left.allPlayed() || (generation.enabled() && left.emptyToCome() > 0)) {
                    return steps.write(room, ended, out);
                }
                StepWriter.take(room, ended, out);
                return afterRounds(room, left, out);
            });
        });
    }

    /**
     * start_game with no round left to start, after a round: once every round with questions was played (the rest
     * are empty), the event goes on to its mega quiz or its podium instead of waiting for a round that cannot run.
     */
    Uni<Void> afterLastRound(Room room, Outbox out) {
        return roundStore.roundsLeft(room.eventId).chain(left -> {
            if (room.game().phase() != Phase.SEGMENT_COMPLETE || !left.allPlayed()) {
                throw new GameException(ErrorCodes.NOT_FOUND, "No round with questions is waiting to start");
            }
            return afterRounds(room, left, out);
        });
    }

    /** Every round with questions played: the mega quiz is offered (if it has questions to draw), or the event ends. */
    private Uni<Void> afterRounds(Room room, RoundsLeft left, Outbox out) {
        Game game = room.game();
        if (left.megaQuestions() == 0 || (left.singleRound() && game.settings().skipsMegaWhenSingle())) {
            return completeEvent(room, out);
        }
        return steps.write(room, Transitions.megaOffered(game, room.eventId, left.megaQuestions(),
                rankings.event(room), left.singleRound()), out);
    }

    /** The event's end: finished and its final state stored, then the final ranking and segment winners told. */
    Uni<Void> completeEvent(Room room, Outbox out) {
        return completeEvent(room, Step.unchanged(room.game()), out);
    }

    /** The event's end after {@code before} (the mega quiz's end, or nothing). */
    private Uni<Void> completeEvent(Room room, Step before, Outbox out) {
        Game game = before.game();
        return roundStore.finishEvent(room.eventId)
                .chain(() -> roomStore.segmentsOf(room.eventId))
                .chain(segments -> segmentWinners.of(room.eventId).chain(won -> {
                    List<ServerMessage.SegmentWinner> winners = new ArrayList<>(segments.size());
                    for (Segment s : segments) {
                        SegmentWinners.Winner w = won.get(s.id);
                        winners.add(new ServerMessage.SegmentWinner(s.id, Round.titleOr(s.title, s.orderIndex),
                                w == null ? null : w.username(), w == null ? null : w.score()));
                    }
                    return steps.write(room,
                            before.then(Transitions.eventCompleted(game, room.eventId, rankings.event(room),
                                    winners)),
                            out);
                }));
    }
}
