package io.quizcast.game.room;

import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * A non-blocking mutual exclusion for one event's state: tasks run one at a time, in arrival order, and a
 * waiting task never holds a thread. A task that may do I/O ({@link #withLock}) resumes on the Vert.x context it was
 * submitted from, so a reactive Hibernate session opened by the task stays on its own context; an in-memory task
 * ({@link #withLockNow}) runs on whichever thread holds the lock when its turn comes, back to back with the ones
 * queued behind it, and only its result goes back to its context. The queue is bounded (a task beyond it is refused
 * at once) and so is a task's time under the lock (it then fails and the lock passes on). The monitor guards only
 * the queue bookkeeping (no I/O, no callbacks run while it is held).
 */
public final class AsyncLock {

    /**
     * In-memory tasks one thread runs in a row before the next one goes to its own context: enough to take the
     * hand-offs out of a reconnect storm (10,000 joins, each of which waited for its event loop's turn), few enough
     * (a few milliseconds) that no event loop stops serving its other sockets for long.
     */
    static final int IN_A_ROW = 128;

    private final Queue<Task> waiting = new ArrayDeque<>();
    private final int maxWaiting;
    private final Duration timeout;
    private boolean held;

    public AsyncLock(int maxWaiting, Duration timeout) {
        this.maxWaiting = maxWaiting;
        this.timeout = timeout;
    }

    /** Runs {@code task} under the lock, on the context it was submitted from (it may do I/O). */
    public <T> Uni<T> withLock(Supplier<Uni<T>> task) {
        return Uni.createFrom().emitter(emitter -> admit(new Io<>(task, emitter, Vertx.currentContext())));
    }

    /**
     * Runs {@code work} under the lock with no I/O and no wait in it: on the thread that holds the lock when its turn
     * comes (no hop to its own context first), its result delivered on the context it was submitted from.
     */
    public <T> Uni<T> withLockNow(Supplier<T> work) {
        return Uni.createFrom().emitter(emitter -> admit(new InMemory<>(work, emitter, Vertx.currentContext())));
    }

    /** Tasks waiting for the lock (not counting the one holding it). */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Whether no task holds the lock or waits for it. */
    public synchronized boolean idle() {
        return !held && waiting.isEmpty();
    }

    private void admit(Task task) {
        switch (acquireOrQueue(task)) {
            case ACQUIRED -> task.acquired();
            case FULL -> task.refuse(new GameException(ErrorCodes.UNAVAILABLE, "The game is busy; try again"));
            case QUEUED -> {
                // runs when the tasks before it are done
            }
        }
    }

    private enum Admission {
        ACQUIRED,
        QUEUED,
        FULL
    }

    private synchronized Admission acquireOrQueue(Task task) {
        if (!held) {
            held = true;
            return Admission.ACQUIRED;
        }
        if (waiting.size() >= maxWaiting) {
            return Admission.FULL;
        }
        waiting.add(task);
        return Admission.QUEUED;
    }

    /** The holder is done: the next task gets the lock (in-memory ones run here, up to {@link #IN_A_ROW}). */
    private void release() {
        for (int ran = 0;; ran++) {
            Task next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    held = false;
                    return;
                }
            }
            if (next instanceof InMemory<?> now && ran < IN_A_ROW) {
                now.runAndHandBack();
            } else {
                next.handedOver();
                return;
            }
        }
    }

    /** A task in the queue. */
    private sealed interface Task permits Io, InMemory {

        /** It took the free lock in its own call. */
        void acquired();

        /** The lock passed to it from another task, on that task's thread. */
        void handedOver();

        void refuse(RuntimeException reason);
    }

    /** A task that may do I/O: it runs on its own context and releases the lock when its Uni ends. */
    private final class Io<T> implements Task {

        private final Supplier<Uni<T>> task;
        private final UniEmitter<? super T> emitter;
        private final Context context;

        Io(Supplier<Uni<T>> task, UniEmitter<? super T> emitter, Context context) {
            this.task = task;
            this.emitter = emitter;
            this.context = context;
        }

        @Override
        public void acquired() {
            // already on its own context (a free lock, taken from the socket's or request's own thread): no hop,
            // which in a storm waited for a whole round of the event loop's I/O before the task could start
            if (context == null || context == Vertx.currentContext()) {
                run();
            } else {
                handedOver();
            }
        }

        @Override
        public void handedOver() {
            if (context != null) {
                context.runOnContext(ignored -> run());
            } else {
                run();
            }
        }

        @Override
        public void refuse(RuntimeException reason) {
            emitter.fail(reason);
        }

        private void run() {
            Uni<T> work;
            try {
                work = task.get();
            } catch (RuntimeException e) {
                release();
                emitter.fail(e);
                return;
            }
            work.ifNoItem().after(timeout).fail().subscribe().with(item -> {
                release();
                emitter.complete(item);
            }, failure -> {
                release();
                emitter.fail(failure instanceof TimeoutException
                        ? new GameException(ErrorCodes.UNAVAILABLE, "The game did not answer in time; try again")
                        : failure);
            });
        }
    }

    /** An in-memory task: it runs on the holder's thread; its outcome goes back to its own context. */
    private final class InMemory<T> implements Task {

        private final Supplier<T> work;
        private final UniEmitter<? super T> emitter;
        private final Context context;
        private T item;
        private RuntimeException failure;

        InMemory(Supplier<T> work, UniEmitter<? super T> emitter, Context context) {
            this.work = work;
            this.emitter = emitter;
            this.context = context;
        }

        @Override
        public void acquired() {
            // its own thread: the lock passes on first, then the outcome goes straight to the caller
            run();
            release();
            deliver();
        }

        @Override
        public void handedOver() {
            // past the run of tasks one thread takes: this one starts the next run, on its own context
            if (context != null) {
                context.runOnContext(ignored -> acquired());
            } else {
                acquired();
            }
        }

        @Override
        public void refuse(RuntimeException reason) {
            emitter.fail(reason);
        }

        void runAndHandBack() {
            run();
            if (context != null) {
                context.runOnContext(ignored -> deliver());
            } else {
                deliver();
            }
        }

        private void run() {
            try {
                item = work.get();
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        private void deliver() {
            if (failure != null) {
                emitter.fail(failure);
            } else {
                emitter.complete(item);
            }
        }
    }
}
