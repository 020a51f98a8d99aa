package io.quizcast.game.rules;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.security.Caller;
import io.quizcast.game.core.Transitions.Command;
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
import io.quizcast.game.ws.FrameDecoder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
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
            return false;
        }).replaceWithVoid();
    }

    public Uni<Void> closed(WebSocketConnection socket, ConnectionState state) {
        if (hub.existingRoom(state.eventId()) == null || hub.movedAwaySince(state.eventId(), state.openedNanos())) {
            return Uni.createFrom().voidItem();
        }
        UUID pid = state.participantId();
        return locked(socket, state, (room, out) -> {
            room.observers.remove(socket);
            return pid != null && room.sockets.get(pid) == socket && presence.left(room, pid, out);
        }).chain(pauses -> pauses
                ? turn(socket, state, false, r -> r.game().roundRunning(),
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
            return locked(socket, state, (room, out) -> {
                answers.answer(room, sender(room, socket, state), socket, answer);
                return false;
            }).replaceWithVoid();
        }
        // reveal, next and end close the open question: they run once its answers in flight are stored (or refused)
        Command command = Command.ofWire(FrameDecoder.typeOf(message));
        boolean closes = command != null && command.closesQuestion();
        return turn(socket, state, closes, room -> true, (room, draft, out) -> {
            Member sender = sender(room, socket, state);
            if (sender == null) {
                throw notJoined(state);
            }
            return work(draft, draft.members.get(sender.participantId), message, out);
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
            }).chain(resumes -> resumes
                    ? turn(socket, state, false, r -> r.game().paused(),
                            (room, draft, out) -> presence.afterJoin(draft, participant.id, out))
                    : Uni.createFrom().voidItem());
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
     * Runs in-memory work under the event's room lock (see {@link #loadedUnderLock}) and sends what it decided
     * before the lock passes on, so clients see the messages in the order of the changes; a failure sends nothing
     * it had queued. Its answer says whether a turn is called for.
     */
    private Uni<Boolean> locked(WebSocketConnection socket, ConnectionState state,
            BiFunction<Room, Outbox, Boolean> work) {
        UUID eventId = state.eventId();
        if (hub.movedAwaySince(eventId, state.openedNanos())) {
            // the socket came before its room was dropped here (another process took the event), whether or not
            // the room had it yet: it must not load the room again here (that would take the event back), so it
            // is sent where the others went
            return hub.sendAway(socket).replaceWith(Boolean.FALSE);
        }
        Room room = hub.room(eventId);
        return loadedUnderLock(room, false, r -> {
            Outbox out = new Outbox();
            Boolean called = work.apply(r, out);
            out.flush(hub, r);
            return called;
        }).onFailure(OwnershipLost.class).recoverWithItem(lost -> {
            // told now, before the move closes the socket
            tellLost(socket, lost);
            fence.lost(eventId, room.epoch);
            return Boolean.FALSE;
        }).chain(called -> called != null ? Uni.createFrom().item(called)
                : room.writes.settled().chain(() -> locked(socket, state, work)));
    }

    /**
     * The start of every task under the room's lock: the room is loaded first (again, after a failure that was not a
     * rule's, which marks it for that), then {@code work} runs on it. A null item says the task must start again: the
     * room was evicted, or answers in flight must land first (on a room to reload, or before a question closes).
     */
    private <T> Uni<T> loadedUnderLock(Room room, boolean settled, Function<Room, T> work) {
        return room.lock.withLock(() -> {
            if (room.evicted || ((settled || !room.loaded) && room.writes.inFlight() > 0)) {
                return Uni.createFrom().<T>nullItem();
            }
            room.lastActivityNanos = System.nanoTime();
            return loader.ensureLoaded(room).map(ignored -> work.apply(room))
                    .onFailure(f -> !(f instanceof GameException)).invoke(() -> room.loaded = false);
        });
    }

    /** What a turn does, decided in memory under the room's lock. */
    @FunctionalInterface
    private interface Plan {

        /**
         * Checks (a rule's refusal throws, nothing changed) and returns the work to run on the draft, inside the
         * turn's transaction, or null when there is nothing to do.
         */
        Supplier<Uni<Void>> plan(Room room, Room draft, Outbox out);
    }

    private record Planned(Room draft, Supplier<Uni<Void>> work, Outbox out, int loads) {
    }

    /**
     * Runs a change that writes as the room's turn (one at a time per room): planned under the room lock on a draft
     * of the room, written in one transaction (fenced: this process must still own the event) with the room lock
     * free for joins, leaves and answers, then adopted and sent under the lock after the commit. A failed turn
     * changes nothing in the room; one that was not a rule's has the room reloaded before its next task.
     * {@code needed} is checked on the room first (cheaply: a turn no longer needed takes no draft).
     */
    private Uni<Void> turn(WebSocketConnection socket, ConnectionState state, boolean closesQuestion,
            Predicate<Room> needed, Plan plan) {
        UUID eventId = state.eventId();
        if (hub.movedAwaySince(eventId, state.openedNanos())) {
            return hub.sendAway(socket);
        }
        Room room = hub.room(eventId);
        Uni<Void> ready = closesQuestion ? room.writes.settled() : Uni.createFrom().voidItem();
        return ready.chain(() -> room.turns.withLock(() -> takeTurn(socket, room, closesQuestion, needed, plan)))
                // not taken (the room was evicted, or has answers in flight to wait for): again once they are in
                .chain(done -> done ? Uni.createFrom().voidItem()
                        : room.writes.settled().chain(() -> turn(socket, state, closesQuestion, needed, plan)));
    }

    private Uni<Boolean> takeTurn(WebSocketConnection socket, Room room, boolean closesQuestion,
            Predicate<Room> needed, Plan plan) {
        return loadedUnderLock(room, closesQuestion, r -> {
            Outbox out = new Outbox();
            if (!needed.test(r)) {
                return new Planned(null, null, out, r.loads);
            }
            Room draft = r.draft();
            Supplier<Uni<Void>> work = plan.plan(r, draft, out);
            r.closing = work != null && closesQuestion;
            return new Planned(draft, work, out, r.loads);
        }).chain(planned -> {
            if (planned == null) {
                return Uni.createFrom().item(Boolean.FALSE);
            }
            if (planned.work() == null) {
                return Uni.createFrom().item(Boolean.TRUE);
            }
            return Panache.withTransaction(() -> fence.check(room.eventId).chain(planned.work()::get))
                    .chain(() -> room.lock.withLock(() -> adopt(room, planned)))
                    // told at once: the move (which the fence may have started) closes the socket
                    .onFailure(OwnershipLost.class).invoke(lost -> tellLost(socket, lost))
                    .onFailure().call(failure -> room.lock.withLock(() -> {
                        room.closing = false;
                        if (!(failure instanceof GameException)) {
                            room.loaded = false;
                        }
                        return Uni.createFrom().voidItem();
                    }))
                    .replaceWith(Boolean.TRUE)
                    .onFailure(OwnershipLost.class).recoverWithItem(() -> {
                        fence.lost(room.eventId, room.epoch);
                        return Boolean.TRUE;
                    });
        });
    }

    /** After the turn's commit, under the room lock: the room takes the draft, then everyone is told. */
    private Uni<Void> adopt(Room room, Planned planned) {
        room.closing = false;
        if (room.evicted) {
            // dropped meanwhile (deleted, or moved to another process): nobody is left to tell
            return Uni.createFrom().voidItem();
        }
        if (room.loads != planned.loads()) {
            // reloaded while the turn wrote: what it read may predate this commit, so it is read again (and the
            // turn's follow-up work, planned for the draft's state, is dropped)
            room.loaded = false;
            planned.out().dropAfterwards();
        } else {
            room.adopt(planned.draft());
        }
        planned.out().flush(hub, room);
        return Uni.createFrom().voidItem();
    }

    private void tellLost(WebSocketConnection socket, OwnershipLost lost) {
        hub.send(socket, new ServerMessage.Error(ErrorCodes.UNAVAILABLE, lost.getMessage()));
    }

    /** Sends an error frame to one socket. */
    public void error(WebSocketConnection socket, String code, String message) {
        hub.send(socket, new ServerMessage.Error(code, message));
    }
}
