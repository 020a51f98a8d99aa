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
    /** The SHA-256 of the socket's session token, if it came with one. */
    public static final UserData.TypedKey<String> TOKEN_HASH = new UserData.TypedKey<>("quizcast.token-hash");
    /** Set when the upgrade already found the session token in the database (no signature to trust). */
    public static final UserData.TypedKey<Boolean> TOKEN_CHECKED = new UserData.TypedKey<>("quizcast.token-checked");

    final UUID eventId;
    final Caller caller;
    final RateLimiter limiter;
    final String tokenHash;
    // whether the session token is known to be the participant's current one (a signed one: once the room says so)
    private volatile boolean tokenChecked;
    final long openedNanos = System.nanoTime();
    volatile UUID participantId;
    volatile long lastSeenNanos = System.nanoTime();
    volatile long lastPingNanos;

    ConnectionState(UUID eventId, Caller caller, RateLimiter limiter, String tokenHash, boolean tokenChecked) {
        this.eventId = eventId;
        this.caller = caller;
        this.limiter = limiter;
        this.tokenHash = tokenHash;
        this.tokenChecked = tokenChecked || !(caller instanceof Caller.Session);
    }

    /** The participant the socket's session token names (null without one). */
    public UUID participantOfToken() {
        return caller instanceof Caller.Session session ? session.participantId() : null;
    }

    /** The SHA-256 of the session token the socket came with (null without one). */
    public String tokenHash() {
        return tokenHash;
    }

    /** Whether the socket's token still has to be checked against the room or the database before it may listen. */
    public boolean tokenToCheck() {
        return !tokenChecked;
    }

    /** The room or the database found the session token current. */
    public void tokenChecked() {
        tokenChecked = true;
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
