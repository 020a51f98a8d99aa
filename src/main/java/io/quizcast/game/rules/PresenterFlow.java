package io.quizcast.game.rules;

import io.quizcast.game.core.Command;
import io.quizcast.game.core.Game;
import io.quizcast.game.core.PauseReason;
import io.quizcast.game.core.Transitions;
import io.quizcast.game.message.ClientMessage;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.PresenterStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Presenter rotation: select, start presenting, pass on, the host's override, reopening a segment. */
@ApplicationScoped
public class PresenterFlow {

    private final PresenterStore presenters;
    private final StepWriter steps;
    private final QuestionOpener opener;

    PresenterFlow(PresenterStore presenters, StepWriter steps, QuestionOpener opener) {
        this.presenters = presenters;
        this.steps = steps;
        this.opener = opener;
    }

    Supplier<Uni<Void>> handle(Room room, Member sender, ClientMessage message, Outbox out) {
        if (message instanceof ClientMessage.SelectPresenter m) {
            return select(room, sender, m.presenterUserId(), out);
        } else if (message instanceof ClientMessage.StartPresentation m) {
            return startPresentation(room, sender, m.title(), out);
        } else if (message instanceof ClientMessage.PassPresenter m) {
            return pass(room, sender, m.nextPresenterUserId(), out);
        } else if (message instanceof ClientMessage.AdminSelectPresenter m) {
            return adminSelect(room, sender, m.presenterUserId(), m.segmentId(), out);
        } else if (message instanceof ClientMessage.ResumeSegment m) {
            return resumeSegment(room, sender, m.segmentId(), out);
        }
        throw new GameException(ErrorCodes.BAD_MESSAGE, "Unsupported message");
    }

    private Supplier<Uni<Void>> select(Room room, Member sender, UUID target, Outbox out) {
        boolean host = room.game().isHost(sender.userId);
        if (!host && !room.isPresenter(sender)) {
            throw new GameException(ErrorCodes.FORBIDDEN,
                    "Only the host or the current presenter may select a presenter");
        }
        if (!host && target.equals(sender.clientId())) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Select someone else to present next");
        }
        Member chosen = onlineAccount(room, target);
        return () -> presenters.hasSegments(room.eventId).chain(any -> steps.write(room,
                Transitions.presenterSelected(room.game(), chosen.clientId(), chosen.displayName(), !any), out));
    }

    private Supplier<Uni<Void>> startPresentation(Room room, Member sender, String title, Outbox out) {
        if (!sender.clientId().equals(room.game().pendingPresenterId())) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Only the selected presenter may start presenting");
        }
        Transitions.require(Command.START_PRESENTATION, room.game().phase());
        return () -> presenters.createSegment(room.eventId, sender.userId, sender.displayName(), title)
                .chain(segment -> steps.write(room, Transitions.presentationStarted(room.game(),
                        RoomStates.round(segment, List.of()), sender.clientId(), sender.displayName()), out));
    }

    private Supplier<Uni<Void>> pass(Room room, Member sender, UUID target, Outbox out) {
        if (!room.game().isStaff(sender.userId)) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Only the host or the presenter may pass the presenter role");
        }
        if (target.equals(sender.clientId())) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Pass the presenter role to someone else");
        }
        UUID segmentId = room.game().segmentId();
        if (segmentId == null) {
            throw Transitions.invalidPhase(Command.PASS_PRESENTER.wire());
        }
        Member next = onlineAccount(room, target);
        return () -> assign(room, segmentId, next, out);
    }

    private Supplier<Uni<Void>> adminSelect(Room room, Member sender, UUID target, UUID segmentId, Outbox out) {
        Transitions.requireHost(room.game(), sender.userId);
        Member next = room.memberByClientId(target);
        if (next == null || next.userId == null) {
            throw new GameException(ErrorCodes.NOT_FOUND, "Participant not found (presenters need an account)");
        }
        return () -> assign(room, segmentId, next, out);
    }

    private Uni<Void> assign(Room room, UUID segmentId, Member next, Outbox out) {
        return presenters.setPresenter(room.eventId, segmentId, next.userId, next.displayName()).chain(segment -> {
            // the segment's row is the presenter's record, written above: the game itself is not stored
            StepWriter.take(room, Transitions.presenterAssigned(room.game(), segmentId, segment.previousPresenter(),
                    next.clientId(), next.userId, next.displayName()), out);
            // the host assigning someone online ends a pause for the presenter who left
            Game game = room.game();
            if (game.paused() && game.pause().reason() == PauseReason.PRESENTER_DISCONNECTED && next.online()) {
                return opener.resume(room, out);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Supplier<Uni<Void>> resumeSegment(Room room, Member sender, UUID segmentId, Outbox out) {
        Transitions.requireHost(room.game(), sender.userId);
        Transitions.require(Command.RESUME_SEGMENT, room.game().phase());
        return () -> presenters.reopen(room.eventId, segmentId).chain(segment -> steps.write(room,
                Transitions.segmentReopened(room.game(), RoomStates.round(segment, List.of())), out));
    }

    /** The target must be online in the event, and have an account (segments name their presenter's account). */
    private static Member onlineAccount(Room room, UUID clientId) {
        Member m = room.memberByClientId(clientId);
        if (m == null || !m.online()) {
            throw new GameException(ErrorCodes.NOT_FOUND, "That participant is not online in this event");
        }
        if (m.userId == null) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Presenters need an account");
        }
        return m;
    }
}
