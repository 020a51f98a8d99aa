package io.quizcast.game.ws;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData;
import io.quizcast.common.security.Caller;
import io.quizcast.common.security.CallerResolver;
import io.quizcast.common.security.SessionTokenSigner;
import io.quizcast.common.security.SessionTokens;
import io.quizcast.common.vertx.Contexts;
import io.quizcast.game.rules.RoomTasks;
import io.quizcast.game.store.UpgradeLookups;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Before the WebSocket upgrade: refused with 503 while the service drains, with 404 for an unknown event; the
 * token is resolved once and kept with the connection (an invalid token is let through so that it can be closed
 * with 4401, as clients expect). A session token this service signed for this event needs no statement, nor the
 * room: who it names is read from it, and whether it still works is checked when the socket opens, against the room
 * (see docs/decisions.md, "Session tokens a pod checks alone"); any other is looked up in the event's own statement.
 * Whether the event exists is the room's to say ({@link RoomTasks#sharedLoad}: one load per event, which everyone who comes
 * meanwhile waits for), so that such sockets cost no statement of their own.
 */
@ApplicationScoped
public class GameUpgradeCheck implements HttpUpgradeCheck {

    private static final Logger LOG = Logger.getLogger(GameUpgradeCheck.class);

    /** The status a client that left during the check is refused with (nobody reads it). */
    static final int GONE = 400;

    private final UpgradeLookups lookups;
    private final RoomTasks rooms;
    private final CallerResolver callers;
    private final SessionTokenSigner signer;
    private final SocketDrain drain;

    GameUpgradeCheck(UpgradeLookups lookups, RoomTasks rooms, CallerResolver callers, SessionTokenSigner signer,
            SocketDrain drain) {
        this.lookups = lookups;
        this.rooms = rooms;
        this.callers = callers;
        this.signer = signer;
        this.drain = drain;
    }

    /**
     * The participant a session token this service signed for this event names, or null for any other token. The
     * signature vouches for the event: the socket is upgraded at once, while the room loads (started here, the
     * earliest moment); its open waits for the load, and is closed with 4404 if the event was deleted since.
     */
    private Caller vouchedFor(UUID eventId, String token, UserData connection) {
        if (!CallerResolver.isSessionToken(token)) {
            return null;
        }
        String hash = SessionTokens.hash(token);
        connection.put(ConnectionState.TOKEN_HASH, hash);
        SessionTokenSigner.Signed signed = signer.verify(token);
        if (signed == null || !signed.eventId().equals(eventId)) {
            return null;
        }
        rooms.sharedLoad(eventId).subscribe().with(loaded -> {
        }, f -> LOG.debugf("loading event %s at an upgrade failed: %s", eventId, f));
        return new Caller.Session(signed.participantId(), eventId);
    }

    /** The caller of any other token, or null when the event does not exist (its hash is with the connection). */
    private Uni<Caller> resolve(UUID eventId, String token, UserData connection) {
        if (!CallerResolver.isSessionToken(token)) {
            return rooms.sharedLoad(eventId).map(exists -> exists ? callers.withoutLookup(token) : null);
        }
        // an older random token, one of a key no longer in service, or one of another event: the database says
        connection.put(ConnectionState.TOKEN_CHECKED, Boolean.TRUE);
        return lookups.tokenHolder(eventId, connection.get(ConnectionState.TOKEN_HASH))
                .map(holder -> holder == null ? null
                        : CallerResolver.session(holder.participantId(), holder.eventId()));
    }

    /** Lets the upgrade through with its caller, unless the client left meanwhile. */
    private static CheckResult permit(HttpUpgradeContext context, Caller caller) {
        if (context.httpRequest().response().closed()) {
            return CheckResult.rejectUpgradeSync(GONE);
        }
        context.userData().put(ConnectionState.CALLER, caller);
        context.userData().put(ConnectionState.UPGRADE_DONE, UpgradedRequest.doneWhenClosed(context.httpRequest()));
        return CheckResult.permitUpgradeSync();
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return endpointId.equals(GameWebSocket.class.getName());
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        if (drain.draining()) {
            // shutting down: the client reconnects to another pod
            return CheckResult.rejectUpgrade(503);
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(context.pathParam("event_id"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return CheckResult.rejectUpgrade(404);
        }
        String token = QueryParams.get(context.httpRequest().query(), "token");
        Caller vouched = vouchedFor(eventId, token, context.userData());
        if (vouched != null) {
            // decided here, on the request's own event loop: no hop back to it (a reconnect storm's 10,000)
            return Uni.createFrom().item(permit(context, vouched));
        }
        // the answer goes back to the request's own event loop, where its connection closes: a client that left
        // while we looked is seen here and refused, instead of upgraded on a connection that is gone (websockets-next
        // would then throw "Request has already been read" and the request would stay counted as in flight)
        return resolve(eventId, token, context.userData())
                .emitOn(Contexts.executorOfCurrent())
                .map(caller -> caller == null ? CheckResult.rejectUpgradeSync(404) : permit(context, caller))
                .onFailure().recoverWithItem(f -> CheckResult.rejectUpgradeSync(503));
    }
}
