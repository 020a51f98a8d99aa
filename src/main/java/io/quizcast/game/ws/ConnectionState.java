package io.quizcast.game.ws;

import io.quarkus.websockets.next.UserData;
import io.quizcast.common.security.Caller;
import java.util.UUID;

/** What one socket is: its event, its token's caller, the participant it joined as, its rate limiter. */
public final class ConnectionState {

    public static final UserData.TypedKey<ConnectionState> KEY = new UserData.TypedKey<>("quizcast.connection");
    public static final UserData.TypedKey<Caller> CALLER = new UserData.TypedKey<>("quizcast.caller");
    /** Ends the socket's upgrade request for the graceful shutdown, once the socket closed (UpgradedRequest). */
    public static final UserData.TypedKey<Runnable> UPGRADE_DONE = new UserData.TypedKey<>("quizcast.upgrade-done");

    final UUID eventId;
    final Caller caller;
    final RateLimiter limiter;
    final long openedNanos = System.nanoTime();
    volatile UUID participantId;
    volatile long lastSeenNanos = System.nanoTime();
    volatile long lastPingNanos;

    ConnectionState(UUID eventId, Caller caller, RateLimiter limiter) {
        this.eventId = eventId;
        this.caller = caller;
        this.limiter = limiter;
    }

    public UUID eventId() {
        return eventId;
    }

    public Caller caller() {
        return caller;
    }

    /** When the socket opened (System.nanoTime): a socket older than its room's move must not bring it back. */
    public long openedNanos() {
        return openedNanos;
    }

    public UUID participantId() {
        return participantId;
    }

    public void joinedAs(UUID participantId) {
        this.participantId = participantId;
    }

    public void seen() {
        lastSeenNanos = System.nanoTime();
    }

    public long lastSeenNanos() {
        return lastSeenNanos;
    }

    /** Whether a ping went unanswered (no frame at all since) for longer than {@code timeoutNanos}. */
    boolean silentSincePing(long now, long timeoutNanos) {
        long ping = lastPingNanos;
        return ping != 0 && lastSeenNanos - ping < 0 && now - ping >= timeoutNanos;
    }

    void pinged(long now) {
        if (lastPingNanos == 0 || lastSeenNanos - lastPingNanos >= 0) {
            lastPingNanos = now;
        }
    }
}
