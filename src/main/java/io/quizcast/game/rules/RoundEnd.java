package io.quizcast.game.rules;

import io.quizcast.game.core.Game;
import io.quizcast.game.core.Phase;
import io.quizcast.game.core.Round;
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
import io.quizcast.leaderboard.LeaderboardEntry;
import io.quizcast.segment.Segment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The end of a round and of the event: the segment completes, then, once no round with questions is left to play,
 * the mega quiz is offered or the event ends with its final ranking and segment winners. Runs in a turn, on its
 * draft, like {@link RoundFlow}.
 */
@ApplicationScoped
public class RoundEnd {

    private final RoomStore roomStore;
    private final RoundStore roundStore;
    private final Rankings rankings;
    private final SegmentWinners segmentWinners;

    RoundEnd(RoomStore roomStore, RoundStore roundStore, Rankings rankings, SegmentWinners segmentWinners) {
        this.roomStore = roomStore;
        this.roundStore = roundStore;
        this.rankings = rankings;
        this.segmentWinners = segmentWinners;
    }

    /**
     * The segment's end: stored first (the segment completed, then the state it leads to), then the room follows
     * and everyone is told, in the contract's order.
     */
    Uni<Void> endRound(Room room, Outbox out) {
        Game game = room.game();
        Round round = game.round();
        UUID segmentId = round.segmentId();
        return roundStore.completeSegment(segmentId).replaceWith(() -> rankings.tops(room)).chain(tops -> {
            if (round.mega()) {
                out.everyone(new ServerMessage.GameEnded(segmentId));
                return completeEvent(room, out);
            }
            return roundStore.roundsLeft(room.eventId).chain(left -> {
                Game ended = Transitions.roundEnded(game, false);
                // with rounds left to play the round's end is stored; else afterRounds stores what follows it
                Uni<Void> stored = left.allPlayed() ? Uni.createFrom().voidItem()
                        : roomStore.saveState(RoomStates.toStored(room.eventId, ended));
                return stored.chain(() -> {
                    out.everyone(new ServerMessage.GameEnded(segmentId));
                    room.game(ended);
                    out.everyone(RoomStates.phaseChanged(ended));
                    out.everyone(new ServerMessage.SegmentComplete(segmentId, round.title(), round.presenterName(),
                            tops.segment(), tops.event(), first(tops.segment()), first(tops.event())));
                    return left.allPlayed() ? afterRounds(room, left, out) : Uni.createFrom().voidItem();
                });
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
        Game ready = Transitions.roundEnded(game, true);
        return roomStore.saveState(RoomStates.toStored(room.eventId, ready)).invoke(() -> {
            room.game(ready);
            out.everyone(RoomStates.phaseChanged(ready));
            out.everyone(new ServerMessage.MegaQuizReady(room.eventId, left.megaQuestions(), rankings.event(room),
                    left.singleRound(), ready.settings().singleSegmentMode()));
        });
    }

    /** The event's end: finished and its final state stored, then the final ranking and segment winners told. */
    Uni<Void> completeEvent(Room room, Outbox out) {
        Game next = Transitions.eventCompleted(room.game());
        return roundStore.finishEvent(room.eventId)
                .chain(() -> roomStore.saveState(RoomStates.toStored(room.eventId, next)))
                .chain(() -> roomStore.segmentsOf(room.eventId))
                .chain(segments -> segmentWinners.of(room.eventId).invoke(won -> {
                    List<ServerMessage.SegmentWinner> winners = new ArrayList<>(segments.size());
                    for (Segment s : segments) {
                        SegmentWinners.Winner w = won.get(s.id);
                        winners.add(new ServerMessage.SegmentWinner(s.id, Round.titleOr(s.title, s.orderIndex),
                                w == null ? null : w.username(), w == null ? null : w.score()));
                    }
                    List<LeaderboardEntry> finalBoard = rankings.event(room);
                    room.game(next);
                    out.everyone(RoomStates.phaseChanged(next));
                    out.everyone(new ServerMessage.EventComplete(room.eventId, finalBoard, first(finalBoard), winners));
                }))
                .replaceWithVoid();
    }

    private static LeaderboardEntry first(List<LeaderboardEntry> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
