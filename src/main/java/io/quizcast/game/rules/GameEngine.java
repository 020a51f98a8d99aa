package io.quizcast.game.rules;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.security.Caller;
import io.quizcast.game.message.ClientMessage;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.owner.OwnerFence;
import io.quizcast.game.owner.OwnershipLost;
import io.quizcast.game.room.Hub;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.RoomStore;
import io.quizcast.game.ws.ConnectionState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Routes each decoded frame to its flow, under the event's lock, and sends what the flow decided afterwards. */
@ApplicationScoped
public class GameEngine {

    private final Hub hub;
    private final RoomStore roomStore;
    private final RoomLoader loader;
    private final PresenceFlow presence;
    private final RoundFlow rounds;
    private final AnswerFlow answers;
    private final PresenterFlow presenters;
    private final OwnerFence fence;

    GameEngine(Hub hub, RoomStore roomStore, RoomLoader loader, PresenceFlow presence, RoundFlow rounds,
            AnswerFlow answers, PresenterFlow presenters, OwnerFence fence) {
        this.fence = fence;
        this.hub = hub;
        this.roomStore = roomStore;
        this.loader = loader;
        this.presence = presence;
        this.rounds = rounds;
        this.answers = answers;
        this.presenters = presenters;
    }

    /** A socket opened: it observes the event until it joins. */
    public Uni<Void> opened(WebSocketConnection socket, ConnectionState state) {
        return locked(socket, state, (room, out) -> {
            room.observers.add(socket);
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> closed(WebSocketConnection socket, ConnectionState state) {
        if (hub.existingRoom(state.eventId()) == null || hub.movedAwaySince(state.eventId(), state.openedNanos())) {
            return Uni.createFrom().voidItem();
        }
        return locked(socket, state, (room, out) -> {
            room.observers.remove(socket);
            UUID pid = state.participantId();
            if (pid == null || room.sockets.get(pid) != socket) {
                return Uni.createFrom().voidItem();
            }
            return presence.left(room, pid, out);
        });
    }

    public Uni<Void> handle(WebSocketConnection socket, ConnectionState state, ClientMessage message) {
        if (message instanceof ClientMessage.Pong) {
            state.seen();
            return Uni.createFrom().voidItem();
        }
        if (message instanceof ClientMessage.Join join) {
            return join(socket, state, join);
        }
        if (message instanceof ClientMessage.RevealAnswer || message instanceof ClientMessage.NextQuestion
                || message instanceof ClientMessage.EndGame) {
            // these end the open question: they run once its answers in flight are stored (or refused)
            return settledThenLocked(socket, state, (room, out) -> command(room, socket, state, message, out));
        }
        return locked(socket, state, (room, out) -> command(room, socket, state, message, out));
    }

    private Uni<Void> command(Room room, WebSocketConnection socket, ConnectionState state, ClientMessage message,
            Outbox out) {
        Member sender = sender(room, socket, state);
        if (message instanceof ClientMessage.Answer answer) {
            return answers.answer(room, sender, socket, answer);
        }
        if (sender == null) {
            throw notJoined(state);
        }
        // the command's checks run now, in memory; what passes them runs as one transaction, the room following it
        // (the outbox is sent after the commit; a failure discards it and the room is reloaded)
        Supplier<Uni<Void>> work = work(room, sender, message, out);
        return Panache.withTransaction(() -> fence.check(room.eventId).chain(work::get));
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
     * only the room's own bookkeeping runs under it.
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
        // a session names its participant; only an account needs the event (to find or create its participant)
        Uni<io.quizcast.participant.Participant> resolved = caller instanceof Caller.Session session
                ? roomStore.participant(session.participantId())
                : roomStore.event(eventId).chain(event -> roomStore.resolve(event, caller)
                        // two sockets of one account created its participant at once: the other one won, take it
                        .onFailure(f -> DatabaseFailures.isUniqueViolation(f, null))
                        .recoverWithUni(() -> roomStore.resolve(event, caller)));
        return resolved.chain(participant -> {
            if (participant == null) {
                throw new GameException(ErrorCodes.NOT_FOUND, "Participant not found");
            }
            return locked(socket, state, (room, out) -> {
                state.joinedAs(participant.id);
                return presence.joined(room, socket, participant, out);
            });
        });
    }

    private static Member sender(Room room, WebSocketConnection socket, ConnectionState state) {
        UUID pid = state.participantId();
        if (pid == null || room.sockets.get(pid) != socket) {
            return null;
        }
        return room.members.get(pid);
    }

    private static GameException notJoined(ConnectionState state) {
        if (state.caller() instanceof Caller.Anonymous) {
            return new GameException(ErrorCodes.FORBIDDEN, "Observers may only listen");
        }
        return new GameException(ErrorCodes.NOT_JOINED, "Join the event first");
    }

    /**
     * Runs a flow under the event's room lock and sends what it decided before the lock passes on, so clients see
     * the messages in the order of the changes; a failure sends nothing it had queued. The room is loaded first
     * (again, after a failure that was not a rule's); a room evicted meanwhile is replaced by a fresh one.
     */
    private Uni<Void> locked(WebSocketConnection socket, ConnectionState state,
            BiFunction<Room, Outbox, Uni<Void>> flow) {
        return underLock(socket, state, flow, false);
    }

    /** Like {@link #locked}, once no answer of the room is in flight (checked again under the lock). */
    private Uni<Void> settledThenLocked(WebSocketConnection socket, ConnectionState state,
            BiFunction<Room, Outbox, Uni<Void>> flow) {
        return underLock(socket, state, flow, true);
    }

    private Uni<Void> underLock(WebSocketConnection socket, ConnectionState state,
            BiFunction<Room, Outbox, Uni<Void>> flow, boolean settled) {
        UUID eventId = state.eventId();
        if (hub.movedAwaySince(eventId, state.openedNanos())) {
            // the socket came before its room was dropped here (another process took the event), whether or not
            // the room had it yet: it must not load the room again here (that would take the event back), so it
            // is sent where the others went
            return hub.sendAway(socket);
        }
        Room room = hub.room(eventId);
        Uni<Void> ready = settled ? room.writes.settled() : Uni.createFrom().voidItem();
        return ready.chain(() -> room.lock.withLock(() -> {
            // a room to reload waits for its answers in flight: their outcomes must not land on the reloaded state
            if (room.evicted || ((settled || !room.loaded) && room.writes.inFlight() > 0)) {
                return Uni.createFrom().item(Boolean.FALSE);
            }
            room.lastActivityNanos = System.nanoTime();
            Outbox out = new Outbox();
            return loader.ensureLoaded(room).chain(() -> flow.apply(room, out))
                    .onFailure(f -> !(f instanceof GameException)).invoke(() -> room.loaded = false)
                    .invoke(() -> out.flush(hub)).replaceWith(Boolean.TRUE)
                    .onFailure(OwnershipLost.class).recoverWithItem(lost -> {
                        // told now, before the move closes the socket (the error handler would come after the close)
                        hub.send(socket, new ServerMessage.Error(ErrorCodes.UNAVAILABLE, lost.getMessage()));
                        hub.moveAway(eventId, room.epoch);
                        return Boolean.TRUE;
                    });
        })).chain(done -> done ? Uni.createFrom().voidItem() : underLock(socket, state, flow, true));
    }

    /** Sends an error frame to one socket. */
    public void error(WebSocketConnection socket, String code, String message) {
        hub.send(socket, new ServerMessage.Error(code, message));
    }
}
