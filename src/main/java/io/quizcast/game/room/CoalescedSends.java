package io.quizcast.game.room;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * At most one message of a kind per interval per room (answer_count, participant_count): a request while one
 * is waiting is absorbed; the waiting one is built under the room's lock when it goes, so it carries the
 * latest figures. Call under the room's lock.
 */
@ApplicationScoped
public class CoalescedSends {

    private static final Logger LOG = Logger.getLogger(CoalescedSends.class);

    private final Vertx vertx;
    private final Hub hub;

    CoalescedSends(Vertx vertx, Hub hub) {
        this.vertx = vertx;
        this.hub = hub;
    }

    public void request(Room room, Coalesced state, long intervalMs, Consumer<Outbox> fill) {
        if (state.pending) {
            return;
        }
        state.pending = true;
        long wait = Math.max(1, state.lastSentMs + intervalMs - System.currentTimeMillis());
        vertx.setTimer(wait, id -> hub.underLock(room, out -> {
            state.pending = false;
            state.lastSentMs = System.currentTimeMillis();
            fill.accept(out);
            return null;
        }).subscribe().with(v -> {
        }, f -> LOG.debugf("a coalesced %s was not sent: %s", state, f)));
    }
}
