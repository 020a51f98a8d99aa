package io.quizcast.game.hub;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * A non-blocking mutual exclusion for one event's state: tasks run one at a time, in arrival order, and a
 * waiting task never holds a thread. Each task resumes on the Vert.x context it was submitted from, so a
 * reactive Hibernate session opened by the task stays on its own context. The monitor guards only the
 * queue bookkeeping (no I/O, no callbacks run while it is held).
 */
public final class AsyncLock {

    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private boolean held;

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
                    work.subscribe().with(item -> {
                        release();
                        emitter.complete(item);
                    }, failure -> {
                        release();
                        emitter.fail(failure);
                    });
                };
                if (context != null) {
                    context.runOnContext(ignored -> run.run());
                } else {
                    run.run();
                }
            };
            if (acquireOrQueue(start)) {
                start.run();
            }
        });
    }

    private synchronized boolean acquireOrQueue(Runnable start) {
        if (held) {
            waiting.add(start);
            return false;
        }
        held = true;
        return true;
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
