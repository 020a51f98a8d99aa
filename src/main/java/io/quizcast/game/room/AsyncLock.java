package io.quizcast.game.room;

import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * A non-blocking mutual exclusion for one event's state: tasks run one at a time, in arrival order, and a
 * waiting task never holds a thread. Each task resumes on the Vert.x context it was submitted from, so a
 * reactive Hibernate session opened by the task stays on its own context. The queue is bounded (a task beyond
 * it is refused at once) and so is a task's time under the lock (it then fails and the lock passes on). The
 * monitor guards only the queue bookkeeping (no I/O, no callbacks run while it is held).
 */
public final class AsyncLock {

    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private final int maxWaiting;
    private final Duration timeout;
    private boolean held;

    public AsyncLock(int maxWaiting, Duration timeout) {
        this.maxWaiting = maxWaiting;
        this.timeout = timeout;
    }

    public <T> Uni<T> withLock(Supplier<Uni<T>> task) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = Vertx.currentContext();
            Runnable start = () -> {
                Runnable run = () -> {
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
                                ? new GameException(ErrorCodes.UNAVAILABLE,
                                        "The game did not answer in time; try again")
                                : failure);
                    });
                };
                if (context != null) {
                    context.runOnContext(ignored -> run.run());
                } else {
                    run.run();
                }
            };
            switch (acquireOrQueue(start)) {
                case ACQUIRED -> start.run();
                case FULL -> emitter.fail(new GameException(ErrorCodes.UNAVAILABLE, "The game is busy; try again"));
                case QUEUED -> {
                    // runs when the tasks before it are done
                }
            }
        });
    }

    /** Tasks waiting for the lock (not counting the one holding it). */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Whether no task holds the lock or waits for it. */
    public synchronized boolean idle() {
        return !held && waiting.isEmpty();
    }

    private enum Admission {
        ACQUIRED,
        QUEUED,
        FULL
    }

    private synchronized Admission acquireOrQueue(Runnable start) {
        if (!held) {
            held = true;
            return Admission.ACQUIRED;
        }
        if (waiting.size() >= maxWaiting) {
            return Admission.FULL;
        }
        waiting.add(start);
        return Admission.QUEUED;
    }

    private void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                held = false;
            }
        }
        if (next != null) {
            next.run();
        }
    }
}
