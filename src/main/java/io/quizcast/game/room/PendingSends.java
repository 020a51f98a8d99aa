package io.quizcast.game.room;

import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One socket's outgoing queue, as far as we can see it: the sends handed to the socket and not yet written (the
 * {@code Uni} of {@code sendText} completes once the frame is written). A socket over its cap is a reader too slow.
 */
final class PendingSends {

    private static final TypedKey<PendingSends> KEY = new TypedKey<>("quizcast.pending-sends");

    /** What became of a send that asked for a place in the queue. */
    enum Admission {
        ADMITTED,
        OVERFLOWED,
        DROPPED
    }

    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean overflowed = new AtomicBoolean();
    // more room granted to a staff socket, which gets a copy of every player's acknowledgement and presence
    private volatile int allowance;

    static PendingSends of(WebSocketConnection socket) {
        PendingSends sends = socket.userData().get(KEY);
        if (sends != null) {
            return sends;
        }
        synchronized (socket) {
            sends = socket.userData().get(KEY);
            if (sends == null) {
                sends = new PendingSends();
                socket.userData().put(KEY, sends);
            }
            return sends;
        }
    }

    /**
     * A place for one more send, up to {@code cap} unwritten ones; the first send over the cap is told
     * {@code OVERFLOWED} (the caller closes the socket), every later one {@code DROPPED}.
     */
    Admission admit(int cap) {
        if (overflowed.get()) {
            return Admission.DROPPED;
        }
        if (pending.incrementAndGet() <= cap + allowance) {
            return Admission.ADMITTED;
        }
        pending.decrementAndGet();
        return overflowed.compareAndSet(false, true) ? Admission.OVERFLOWED : Admission.DROPPED;
    }

    /** Lets this socket hold {@code extra} more unwritten sends than the cap (never less than it was let). */
    void allow(int extra) {
        if (extra > allowance) {
            allowance = extra;
        }
    }

    /** A send was written (or failed). */
    void done() {
        pending.decrementAndGet();
    }

    int pending() {
        return pending.get();
    }
}
