package io.quizcast.game.rules;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.common.vertx.Contexts;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.owner.OwnerFence;
import io.quizcast.game.owner.OwnershipLost;
import io.quizcast.game.room.Hub;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.ws.ConnectionState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The two kinds of task on a room: in-memory work under its lock, and turns (changes that write: planned under the
 * lock on a draft, written in one transaction with the lock free, adopted under it after the commit). See
 * docs/live-game.md, "The locking, in five lines".
 */
@ApplicationScoped
public class RoomTasks {

    private final Hub hub;
    private final RoomLoader loader;
    private final OwnerFence fence;
    private final GameAutomation automation;
    private final ConcurrentHashMap<UUID, Uni<Boolean>> loading = new ConcurrentHashMap<>();

    RoomTasks(Hub hub, RoomLoader loader, OwnerFence fence, GameAutomation automation) {
        this.hub = hub;
        this.loader = loader;
        this.fence = fence;
        this.automation = automation;
    }

    /**
     * Runs in-memory work under the event's room lock (see {@link #loadedUnderLock}) and sends what it decided
     * before the lock passes on, so clients see the messages in the order of the changes; a failure sends nothing
     * it had queued. Its answer says whether a turn is called for.
     */
    Uni<Boolean> locked(WebSocketConnection socket, ConnectionState state,
            BiFunction<Room, Outbox, Boolean> work) {
        UUID eventId = state.eventId();
        if (hub.movedAwaySince(eventId, state.openedNanos())) {
            // the socket came before its room was dropped here (another process took the event), whether or not
            // the room had it yet: it must not load the room again here (that would take the event back), so it
            // is sent where the others went
            return hub.sendAway(socket).replaceWith(Boolean.FALSE);
        }
        Room room = hub.room(eventId);
        Function<Room, Boolean> task = r -> {
            Outbox out = new Outbox();
            Boolean called = work.apply(r, out);
            out.flush(hub, r);
            return called;
        };
        // a loaded room (nearly every task) needs no I/O: the work runs in the lock's row of in-memory tasks; a
        // room being loaded is waited for outside the lock (a takeover's thousands of opens would otherwise each
        // take the lock as an I/O task, one event loop hop apiece, after the load)
        Uni<Boolean> ran = room.residency().loaded() ? inMemoryOrLoad(room, task)
                : load(eventId).chain(exists -> !exists ? Uni.createFrom().failure(eventGone())
                        : room.residency().loaded() ? inMemoryOrLoad(room, task)
                                : loadedUnderLock(room, false, task));
        return ran.onFailure(OwnershipLost.class).recoverWithItem(lost -> {
            // told now, before the move closes the socket
            tellLost(socket, lost);
            fence.lost(eventId, room.residency().epoch());
            return Boolean.FALSE;
        }).chain(called -> called != null ? Uni.createFrom().item(called)
                : room.writes.settled().chain(() -> locked(socket, state, work)));
    }

    private static GameException eventGone() {
        return new GameException(ErrorCodes.NOT_FOUND, "Event not found");
    }

    private Uni<Boolean> inMemoryOrLoad(Room room, Function<Room, Boolean> task) {
        return room.lock.withLockNow(() -> inMemory(room, task))
                .chain(done -> done.needsLoad() ? loadedUnderLock(room, false, task)
                        : Uni.createFrom().item(done.called()));
    }

    /**
     * Loads the event's room here if it is not yet (taking the event over, as the first socket's task would): true
     * once it is, false when there is no such event (the empty room is dropped). One load per event at a time:
     * everyone who asks meanwhile (upgrades, opens) waits for that one. Its outcome comes on whoever's context
     * started the load: a caller with work to do after it hops to its own ({@link #load}, the upgrade check).
     */
    public Uni<Boolean> sharedLoad(UUID eventId) {
        if (hub.holdsLoaded(eventId)) {
            return Uni.createFrom().item(Boolean.TRUE);
        }
        return loading.computeIfAbsent(eventId, id -> loadOnce(id)
                .onTermination().invoke(() -> loading.remove(id))
                .memoize().indefinitely());
    }

    /**
     * {@link #sharedLoad}, going on from there on the caller's own context: what follows a task (a turn's ORM work)
     * belongs on its own socket's.
     */
    private Uni<Boolean> load(UUID eventId) {
        Executor back = Contexts.executorOfCurrent();
        return sharedLoad(eventId).emitOn(back);
    }

    private Uni<Boolean> loadOnce(UUID eventId) {
        Room room = hub.room(eventId);
        return loadedUnderLock(room, false, r -> Boolean.TRUE)
                .onFailure(OwnershipLost.class).recoverWithItem(Boolean.TRUE) // its sockets are sent on when they open
                .onFailure(GameException.class)
                .recoverWithUni(f -> ErrorCodes.NOT_FOUND.equals(((GameException) f).code())
                        ? room.lock.withLock(() -> {
                            hub.forget(room);
                            return Uni.createFrom().item(Boolean.FALSE);
                        })
                        : Uni.createFrom().failure(f))
                .chain(loaded -> loaded != null ? Uni.createFrom().item(loaded)
                        : room.writes.settled().chain(() -> loadOnce(eventId)));
    }

    /**
     * The start of every task under the room's lock: the room is loaded first (again, after a failure that was not a
     * rule's, which marks it for that), then {@code work} runs on it. A null item says the task must start again: the
     * room was evicted, or answers in flight must land first (on a room to reload, or before a question closes).
     */
    private <T> Uni<T> loadedUnderLock(Room room, boolean settled, Function<Room, T> work) {
        return room.lock.withLock(() -> {
            if (room.residency().evicted() || ((settled || !room.residency().loaded()) && room.writes.inFlight() > 0)) {
                return Uni.createFrom().<T>nullItem();
            }
            room.residency().touch();
            return loader.ensureLoaded(room).map(ignored -> onLoaded(room, work))
                    .onFailure(f -> !(f instanceof GameException)).invoke(() -> room.residency().markStale());
        });
    }

    /** The work on the loaded room, under its lock. */
    private <T> T onLoaded(Room room, Function<Room, T> work) {
        T result = work.apply(room);
        // what the room does by itself next follows what it is now (a load, an answer, a join)
        automation.arm(room);
        return result;
    }

    /** An in-memory task's outcome: its answer (null: start again), or that the room must be loaded first. */
    private record InMemory(Boolean called, boolean needsLoad) {
    }

    /**
     * {@link #loadedUnderLock} for a room that was loaded when the task came, without the load: when the room no
     * longer is loaded, the task takes the lock again to load it; an evicted room's task starts again.
     */
    private InMemory inMemory(Room room, Function<Room, Boolean> work) {
        if (room.residency().evicted()) {
            return new InMemory(null, false);
        }
        if (!room.residency().loaded()) {
            return new InMemory(null, true);
        }
        room.residency().touch();
        try {
            return new InMemory(onLoaded(room, work), false);
        } catch (RuntimeException e) {
            if (!(e instanceof GameException)) {
                room.residency().markStale();
            }
            throw e;
        }
    }

    /** What a turn does, decided in memory under the room's lock. */
    @FunctionalInterface
    interface Plan {

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
    Uni<Void> turn(WebSocketConnection socket, ConnectionState state, boolean closesQuestion,
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

    /**
     * A turn the game takes by itself ({@link GameAutomation}): as {@link #turn}, for no socket, and only on a room
     * this process still holds (an evicted or moved room's moves are dropped: its new holder plans them again).
     */
    Uni<Void> systemTurn(Room room, boolean closesQuestion, Predicate<Room> needed, Plan plan) {
        if (room.residency().evicted()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> ready = closesQuestion ? room.writes.settled() : Uni.createFrom().voidItem();
        return ready.chain(() -> room.turns.withLock(() -> takeTurn(null, room, closesQuestion, needed, plan)))
                .chain(done -> done || room.residency().evicted() ? Uni.createFrom().voidItem()
                        : room.writes.settled().chain(() -> systemTurn(room, closesQuestion, needed, plan)));
    }

    private Uni<Boolean> takeTurn(WebSocketConnection socket, Room room, boolean closesQuestion,
            Predicate<Room> needed, Plan plan) {
        return loadedUnderLock(room, closesQuestion, r -> {
            Outbox out = new Outbox();
            if (!needed.test(r)) {
                return new Planned(null, null, out, r.residency().loads());
            }
            Room draft = r.draft();
            Supplier<Uni<Void>> work = plan.plan(r, draft, out);
            r.closing(work != null && closesQuestion);
            return new Planned(draft, work, out, r.residency().loads());
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
                        room.closing(false);
                        if (!(failure instanceof GameException)) {
                            room.residency().markStale();
                        }
                        return Uni.createFrom().voidItem();
                    }))
                    .replaceWith(Boolean.TRUE)
                    .onFailure(OwnershipLost.class).recoverWithItem(() -> {
                        fence.lost(room.eventId, room.residency().epoch());
                        return Boolean.TRUE;
                    });
        });
    }

    /** After the turn's commit, under the room lock: the room takes the draft, then everyone is told. */
    private Uni<Void> adopt(Room room, Planned planned) {
        room.closing(false);
        if (room.residency().evicted()) {
            // dropped meanwhile (deleted, or moved to another process): nobody is left to tell
            return Uni.createFrom().voidItem();
        }
        if (room.residency().loads() != planned.loads()) {
            // reloaded while the turn wrote: what it read may predate this commit, so it is read again (and the
            // turn's follow-up work, planned for the draft's state, is dropped)
            room.residency().markStale();
            planned.out().dropAfterwards();
        } else {
            room.adopt(planned.draft());
        }
        planned.out().flush(hub, room);
        automation.arm(room);
        return Uni.createFrom().voidItem();
    }

    private void tellLost(WebSocketConnection socket, OwnershipLost lost) {
        if (socket == null) {
            return;
        }
        hub.send(socket, new ServerMessage.Error(ErrorCodes.UNAVAILABLE, lost.getMessage()));
    }
}
