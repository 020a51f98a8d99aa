package io.quizcast.game.room;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;

/**
 * One room's answer writes in flight (reserved under the room's lock, committed outside it). A command that
 * ends a question (reveal, next, end) first waits until none is in flight, so it never counts an answer that
 * might still fail, and its task queues behind the tasks that acknowledge them.
 */
public final class AnswerWrites {

    private int inFlight;
    private final List<Runnable> waiting = new ArrayList<>();

    /** A reservation became a write; call under the room's lock. */
    public synchronized void begin() {
        inFlight++;
    }

    /** A write ended and its outcome task is queued on the room's lock. */
    public void end() {
        List<Runnable> ready = List.of();
        synchronized (this) {
            inFlight--;
            if (inFlight == 0 && !waiting.isEmpty()) {
                ready = new ArrayList<>(waiting);
                waiting.clear();
            }
        }
        ready.forEach(Runnable::run);
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    /** Completes once no write is in flight (at once when none is). */
    public Uni<Void> settled() {
        return Uni.createFrom().emitter(emitter -> {
            boolean now;
            synchronized (this) {
                now = inFlight == 0;
                if (!now) {
                    waiting.add(() -> emitter.complete(null));
                }
            }
            if (now) {
                emitter.complete(null);
            }
        });
    }
}
