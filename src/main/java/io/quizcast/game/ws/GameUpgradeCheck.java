package io.quizcast.game.ws;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quizcast.common.security.Caller;
import io.quizcast.common.security.CallerResolver;
import io.quizcast.common.security.SessionTokens;
import io.quizcast.game.store.UpgradeLookups;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Before the WebSocket upgrade: refused with 503 while the service drains, with 404 for an unknown event; the
 * token is resolved once, in the event's own statement, and kept with the connection (an invalid token is let
 * through so that it can be closed with 4401, as clients expect).
 */
@ApplicationScoped
public class GameUpgradeCheck implements HttpUpgradeCheck {

    /** The status a client that left during the check is refused with (nobody reads it). */
    static final int GONE = 400;

    private final UpgradeLookups lookups;
    private final CallerResolver callers;
    private final SocketDrain drain;

    GameUpgradeCheck(UpgradeLookups lookups, CallerResolver callers, SocketDrain drain) {
        this.lookups = lookups;
        this.callers = callers;
        this.drain = drain;
    }

    /**
     * The caller, or null when the event does not exist: one statement on the plain pool (a session token is
     * looked up in the same statement as the event).
     */
    private Uni<Caller> resolve(UUID eventId, String token) {
        if (!CallerResolver.isSessionToken(token)) {
            return lookups.eventExists(eventId).map(exists -> exists ? callers.withoutLookup(token) : null);
        }
        return lookups.tokenHolder(eventId, SessionTokens.hash(token))
                .map(holder -> holder == null ? null
                        : CallerResolver.session(holder.participantId(), holder.eventId()));
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
        // the answer goes back to the request's own event loop, where its connection closes: a client that left
        // while we looked is seen here and refused, instead of upgraded on a connection that is gone (websockets-next
        // would then throw "Request has already been read" and the request would stay counted as in flight)
        Context requestContext = Vertx.currentContext();
        java.util.concurrent.Executor requestLoop = requestContext == null ? Runnable::run
                : task -> requestContext.runOnContext(v -> task.run());
        String token = QueryParams.get(context.httpRequest().query(), "token");
        return resolve(eventId, token)
                .map(caller -> {
                    if (caller == null) {
                        return CheckResult.rejectUpgradeSync(404);
                    }
                    context.userData().put(ConnectionState.CALLER, caller);
                    context.userData().put(ConnectionState.UPGRADE_DONE,
                            UpgradedRequest.doneWhenClosed(context.httpRequest()));
                    return CheckResult.permitUpgradeSync();
                })
                .onFailure().recoverWithUni(f -> CheckResult.rejectUpgrade(503))
                .emitOn(requestLoop)
                .map(result -> result.isUpgradePermitted() && context.httpRequest().response().closed()
                        ? CheckResult.rejectUpgradeSync(GONE)
                        : result);
    }
}
