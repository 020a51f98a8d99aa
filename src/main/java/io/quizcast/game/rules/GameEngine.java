package io.quizcast.game.rules;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.security.Caller;
import io.quizcast.game.core.Command;
import io.quizcast.game.message.ClientMessage;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.room.Hub;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.RoomStore;
import io.quizcast.game.ws.ConnectionState;
import io.quizcast.game.ws.FrameDecoder;
import io.quizcast.participant.Participant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Routes each decoded frame to its flow. Joins, leaves and answers run in memory under the event's room lock;
 * commands, and the pauses and resumes that presence calls for, run as the room's turns: checked under the lock,
 * written in one transaction outside it, adopted under it after the commit (see docs/live-game.md).
 */
@ApplicationScoped
public class GameEngine {

    private final Hub hub;
    private final RoomStore roomStore;
    private final PresenceFlow presence;
    private final RoundFlow rounds;
    private final AnswerFlow answers;
    private final PresenterFlow presenters;
    private final RoomTasks tasks;

    GameEngine(Hub hub, RoomStore roomStore, RoomTasks tasks, PresenceFlow presence, RoundFlow rounds,
            AnswerFlow answers, PresenterFlow presenters) {
        this.tasks = tasks;
        this.hub = hub;
        this.roomStore = roomStore;
        this.presence = presence;
        this.rounds = rounds;
        this.answers = answers;
        this.presenters = presenters;
    }

    /**
     * A socket opened: it observes the event until it joins; one without a token is told the open question. A
     * session token not checked yet is checked first, against the room (its participant's current token) or, when
     * the room does not know it, the database: a kicked or replaced token is closed with 4401.
     */
    public Uni<Void> opened(WebSocketConnection socket, ConnectionState state) {
        boolean observerOnly = state.caller() instanceof Caller.Anonymous;
        AtomicBoolean unknownHere = new AtomicBoolean();
        return tasks.locked(socket, state, (room, out) -> {
            if (state.tokenToCheck()) {
                Member member = room.member(state.participantOfToken());
                if (member == null || !member.holdsToken(state.tokenHash())) {
                    unknownHere.set(true);
                    return false;
                }
                state.tokenChecked();
            }
            room.sockets().observe(socket);
            if (observerOnly) {
                presence.observed(room, socket, out);
            }
            return false;
        }).chain(ignored -> unknownHere.get() ? openedAfterStore(socket, state) : Uni.createFrom().voidItem())
                // a signed token vouched for the event at the upgrade, and it was deleted since: closed as its
                // sockets were
                .onFailure(f -> f instanceof GameException g && ErrorCodes.NOT_FOUND.equals(g.code()))
                .recoverWithUni(() -> socket
                        .close(new CloseReason(ErrorCodes.CLOSE_EVENT_DELETED, ErrorCodes.EVENT_DELETED_REASON)));
    }

    private Uni<Void> openedAfterStore(WebSocketConnection socket, ConnectionState state) {
        return roomStore.participant(state.participantOfToken()).chain(p -> {
            if (!holdsToken(p, state)) {
                return socket.close(new CloseReason(ErrorCodes.CLOSE_INVALID_TOKEN, "invalid token"));
            }
            state.tokenChecked();
            return opened(socket, state);
        });
    }

    /** Whether the stored participant is current (not removed) and its session token is the socket's. */
    private static boolean holdsToken(Participant p, ConnectionState state) {
        return p != null && p.removedAt == null && p.sessionTokenHash != null
                && p.sessionTokenHash.equals(state.tokenHash());
    }

    public Uni<Void> closed(WebSocketConnection socket, ConnectionState state) {
        if (hub.existingRoom(state.eventId()) == null || hub.movedAwaySince(state.eventId(), state.openedNanos())) {
            return Uni.createFrom().voidItem();
        }
        UUID pid = state.participantId();
        return tasks.locked(socket, state, (room, out) -> {
            room.sockets().unobserve(socket);
            return pid != null && room.sockets().of(pid) == socket && presence.left(room, pid, out);
        }).chain(pauses -> pauses
                ? tasks.turn(socket, state, false, r -> r.game().roundRunning(),
                        (room, draft, out) -> presence.afterLeave(draft,
                                pid, out))
                : Uni.createFrom().voidItem());
    }

    public Uni<Void> handle(WebSocketConnection socket, ConnectionState state, ClientMessage message) {
        if (message instanceof ClientMessage.Pong) {
            state.seen();
            return Uni.createFrom().voidItem();
        }
        if (message instanceof ClientMessage.Join join) {
            return join(socket, state, join);
        }
        if (message instanceof ClientMessage.Answer answer) {
            return tasks.locked(socket, state, (room, out) -> {
                answers.answer(room, sender(room, socket, state), socket, answer);
                return false;
            }).replaceWithVoid();
        }
        // reveal, next and end close the open question: they run once its answers in flight are stored (or refused)
        Command command = Command.ofWire(FrameDecoder.typeOf(message));
        boolean closes = command != null && command.closesQuestion();
        return tasks.turn(socket, state, closes, room -> true, (room, draft, out) -> {
            Member sender = sender(room, socket, state);
            if (sender == null) {
                throw notJoined(state);
            }
            return work(draft, draft.member(sender.participantId), message, out);
        });
    }

    private Supplier<Uni<Void>> work(Room room, Member sender, ClientMessage message, Outbox out) {
        if (message instanceof ClientMessage.StartGame m) {
            return rounds.startGame(room, sender, m.segmentId(), out);
        } else if (message instanceof ClientMessage.RevealAnswer) {
            return rounds.reveal(room, sender, out);
        } else if (message instanceof ClientMessage.ShowLeaderboard) {
            return rounds.showLeaderboard(room, sender, out);
        } else if (message instanceof ClientMessage.NextQuestion) {
            return rounds.next(room, sender, out);
        } else if (message instanceof ClientMessage.EndGame) {
            return rounds.endGame(room, sender, out);
        } else if (message instanceof ClientMessage.StartMegaQuiz m) {
            return rounds.startMega(room, sender, m.questionCount(), out);
        } else if (message instanceof ClientMessage.SkipMegaQuiz) {
            return rounds.skipMega(room, sender, out);
        }
        return presenters.handle(room, sender, message, out);
    }

    /**
     * A socket joins: the checks and the participant's look-up (which may create it) run before the room's lock;
     * only the room's own bookkeeping runs under it, and a pause the join ends is ended by a turn after it.
     */
    private Uni<Void> join(WebSocketConnection socket, ConnectionState state, ClientMessage.Join join) {
        UUID eventId = state.eventId();
        Caller caller = state.caller();
        if (caller instanceof Caller.Anonymous) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Observers cannot join: connect with a token");
        }
        if (caller instanceof Caller.Account account
                && (join.userId() == null || !join.userId().equals(account.userId()))) {
            throw new GameException(ErrorCodes.FORBIDDEN, "user_id must be the account the token was issued to");
        }
        if (caller instanceof Caller.Session session && !session.eventId().equals(eventId)) {
            throw new GameException(ErrorCodes.FORBIDDEN, "This session token belongs to another event");
        }
        if (join.sessionCode() != null && !join.sessionCode().equals(eventId)) {
            throw new GameException(ErrorCodes.FORBIDDEN, "session_code names another event");
        }
        if (caller instanceof Caller.Session session) {
            return joinBySession(socket, state, session.participantId());
        }
        // only an account needs the event (to find or create its participant)
        return roomStore.event(eventId).chain(event -> roomStore.resolve(event, caller)
                // two sockets of one account created its participant at once: the other one won, take it
                .onFailure(f -> DatabaseFailures.isUniqueViolation(f, null))
                .recoverWithUni(() -> roomStore.resolve(event, caller)))
                .chain(participant -> joinAs(socket, state, participant));
    }

    /**
     * A session names its participant: the room's copy serves while the token is the one the room knows (no
     * statement, the reconnect storm's case); otherwise the stored participant, whose token must still be this one.
     */
    private Uni<Void> joinBySession(WebSocketConnection socket, ConnectionState state, UUID participantId) {
        AtomicBoolean inRoom = new AtomicBoolean();
        return tasks.locked(socket, state, (room, out) -> {
            Member member = room.member(participantId);
            inRoom.set(member != null && member.holdsToken(state.tokenHash()));
            if (!inRoom.get()) {
                return false;
            }
            state.joinedAs(participantId);
            return presence.joined(room, socket, member, out);
        }).chain(resumes -> inRoom.get() ? afterJoin(socket, state, participantId, resumes)
                : roomStore.participant(participantId).chain(p -> {
                    if (p != null && !holdsToken(p, state)) {
                        return socket.close(new CloseReason(ErrorCodes.CLOSE_INVALID_TOKEN, "invalid token"));
                    }
                    return joinAs(socket, state, p);
                }));
    }

    private Uni<Void> joinAs(WebSocketConnection socket, ConnectionState state, Participant participant) {
        if (participant == null) {
            throw new GameException(ErrorCodes.NOT_FOUND, "Participant not found");
        }
        return tasks.locked(socket, state, (room, out) -> {
            state.joinedAs(participant.id);
            return presence.joined(room, socket, participant, out);
        }).chain(resumes -> afterJoin(socket, state, participant.id, resumes));
    }

    /** The turn a join may call for: the round resumes when the joiner ends its pause. */
    private Uni<Void> afterJoin(WebSocketConnection socket, ConnectionState state, UUID participantId,
            boolean resumes) {
        return resumes
                ? tasks.turn(socket, state, false, r -> r.game().paused(),
                        (room, draft, out) -> presence.afterJoin(draft, participantId, out))
                : Uni.createFrom().voidItem();
    }

    private static Member sender(Room room, WebSocketConnection socket, ConnectionState state) {
        UUID pid = state.participantId();
        if (pid == null || room.sockets().of(pid) != socket) {
            return null;
        }
        return room.member(pid);
    }

    private static GameException notJoined(ConnectionState state) {
        if (state.caller() instanceof Caller.Anonymous) {
            return new GameException(ErrorCodes.FORBIDDEN, "Observers may only listen");
        }
        return new GameException(ErrorCodes.NOT_JOINED, "Join the event first");
    }

    /** Sends an error frame to one socket. */
    public void error(WebSocketConnection socket, String code, String message) {
        hub.send(socket, new ServerMessage.Error(code, message));
    }
}
