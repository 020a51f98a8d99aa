package io.quizcast.game.rules;

import io.quizcast.event.Event;
import io.quizcast.game.GameState;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Phase;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.RoomStore;
import io.quizcast.game.store.RoundStore;
import io.quizcast.leaderboard.LeaderboardEntry;
import io.quizcast.segment.Segment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The end of a round and of the event: the segment completes, then the mega quiz is offered or the event
 * ends with its final ranking and segment winners. Runs in a turn, on its draft, like {@link RoundFlow}.
 */
@ApplicationScoped
public class RoundEnd {

    private final RoomStore roomStore;
    private final RoundStore roundStore;
    private final Rankings rankings;

    RoundEnd(RoomStore roomStore, RoundStore roundStore, Rankings rankings) {
        this.roomStore = roomStore;
        this.roundStore = roundStore;
        this.rankings = rankings;
    }

    /**
     * The segment's end: stored first (the segment completed, then the state it leads to), then the room follows
     * and everyone is told, in the contract's order.
     */
    Uni<Void> endRound(Room room, Outbox out) {
        UUID segmentId = room.segmentId;
        boolean mega = Segment.KIND_MEGA.equals(room.segmentKind);
        return roundStore.completeSegment(segmentId).replaceWith(() -> rankings.tops(room)).chain(tops -> {
            if (mega) {
                out.everyone(new ServerMessage.GameEnded(segmentId));
                return completeEvent(room, out);
            }
            return roundStore.megaAvailability(room.eventId).chain(avail -> {
                int available = avail[0];
                boolean single = avail[1] == 1;
                boolean allDone = avail[2] == 1;
                boolean offerMega = allDone && available > 0 && !(single && "skip".equals(room.singleSegmentMode));
                GameState next = RoomStates.toStored(room);
                next.phase = (offerMega ? Phase.MEGA_QUIZ_READY : Phase.SEGMENT_COMPLETE).wire();
                next.questionIndex = null;
                next.questionStartedAt = null;
                Uni<Void> stored = allDone && !offerMega ? Uni.createFrom().voidItem() : roomStore.saveState(next);
                return stored.chain(() -> {
                    out.everyone(new ServerMessage.GameEnded(segmentId));
                    room.phase = Phase.SEGMENT_COMPLETE;
                    room.questionIndex = -1;
                    room.openedAt = null;
                    out.everyone(RoomStates.phaseChanged(room));
                    out.everyone(new ServerMessage.SegmentComplete(segmentId, room.segmentTitle,
                            room.presenterName, tops.segment(), tops.event(), first(tops.segment()),
                            first(tops.event())));
                    if (!allDone) {
                        return Uni.createFrom().voidItem();
                    }
                    if (offerMega) {
                        room.phase = Phase.MEGA_QUIZ_READY;
                        out.everyone(RoomStates.phaseChanged(room));
                        out.everyone(new ServerMessage.MegaQuizReady(room.eventId, available, tops.event(),
                                single, room.singleSegmentMode));
                        return Uni.createFrom().voidItem();
                    }
                    return completeEvent(room, out);
                });
            });
        });
    }

    /** The event's end: finished and its final state stored, then the final ranking and segment winners told. */
    Uni<Void> completeEvent(Room room, Outbox out) {
        GameState next = RoomStates.toStored(room);
        next.phase = Phase.EVENT_COMPLETE.wire();
        next.questionIndex = null;
        next.questionStartedAt = null;
        return roundStore.finishEvent(room.eventId)
                .chain(() -> roomStore.saveState(next))
                .chain(() -> roomStore.segmentsOf(room.eventId))
                .chain(segments -> rankings.segmentWinners(room.eventId).invoke(won -> {
                    List<ServerMessage.SegmentWinner> winners = new ArrayList<>(segments.size());
                    for (Segment s : segments) {
                        Rankings.Winner w = won.get(s.id);
                        winners.add(new ServerMessage.SegmentWinner(s.id,
                                s.title != null ? s.title : "Segment " + (s.orderIndex + 1),
                                w == null ? null : w.username(), w == null ? null : w.score()));
                    }
                    List<LeaderboardEntry> finalBoard = rankings.event(room);
                    room.phase = Phase.EVENT_COMPLETE;
                    room.eventStatus = Event.FINISHED;
                    room.questionIndex = -1;
                    room.openedAt = null;
                    out.everyone(RoomStates.phaseChanged(room));
                    out.everyone(new ServerMessage.EventComplete(room.eventId, finalBoard, first(finalBoard), winners));
                }))
                .replaceWithVoid();
    }

    private static LeaderboardEntry first(List<LeaderboardEntry> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
