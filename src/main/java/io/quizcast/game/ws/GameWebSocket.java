package io.quizcast.game.ws;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.security.Caller;
import io.quizcast.common.security.CallerResolver;
import io.quizcast.common.security.SessionTokens;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.message.ClientMessage;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.metrics.GameMetrics;
import io.quizcast.game.rules.GameEngine;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The live game's socket, one per client. Stateless: each connection's data lives in its user data, the
 * event's in the Hub. Every frame is decoded once and handed to the engine; every failure becomes an
 * {@code error} frame and the socket stays open.
 */
@WebSocket(path = "/api/ws/event/{event_id}")
public class GameWebSocket {

    private static final Logger LOG = Logger.getLogger(GameWebSocket.class);

    private final GameEngine engine;
    private final CallerResolver callers;
    private final FrameDecoder decoder;
    private final QuizcastConfig.Game settings;
    private final GameMetrics metrics;
    private final SocketDrain drain;

    GameWebSocket(GameEngine engine, CallerResolver callers, QuizcastConfig config, GameMetrics metrics,
            SocketDrain drain) {
        this.engine = engine;
        this.drain = drain;
        this.callers = callers;
        this.metrics = metrics;
        this.settings = config.game();
        this.decoder = new FrameDecoder(settings.maxFrameChars());
    }

    @OnOpen
    public Uni<Void> onOpen(WebSocketConnection connection) {
        UUID eventId = UUID.fromString(connection.pathParam("event_id"));
        Caller known = connection.userData().get(ConnectionState.CALLER);
        Uni<Caller> caller = known != null ? Uni.createFrom().item(known) : unchecked(connection);
        return caller.chain(c -> {
            if (c instanceof Caller.Invalid) {
                return connection.close(new CloseReason(ErrorCodes.CLOSE_INVALID_TOKEN, "invalid token"));
            }
            ConnectionState state = new ConnectionState(eventId, c, new RateLimiter(settings.rateLimitPerSecond(),
                    settings.rateLimitBurst(), settings.rateLimitStrikes(), settings.rateLimitWindow().toNanos()),
                    connection.userData().get(ConnectionState.TOKEN_HASH),
                    Boolean.TRUE.equals(connection.userData().get(ConnectionState.TOKEN_CHECKED)));
            connection.userData().put(ConnectionState.KEY, state);
            return engine.opened(connection, state);
        });
    }

    /** Without the upgrade check's answer (it always runs for this endpoint): the token is looked up here. */
    private Uni<Caller> unchecked(WebSocketConnection connection) {
        String token = QueryParams.get(connection.handshakeRequest().query(), "token");
        if (CallerResolver.isSessionToken(token)) {
            connection.userData().put(ConnectionState.TOKEN_HASH, SessionTokens.hash(token));
            connection.userData().put(ConnectionState.TOKEN_CHECKED, Boolean.TRUE);
        }
        return callers.fromToken(token);
    }

    @OnTextMessage
    public Uni<Void> onMessage(String frame, WebSocketConnection connection) {
        ConnectionState state = connection.userData().get(ConnectionState.KEY);
        if (state == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> refused = refuseOverLimit(state, connection);
        if (refused != null) {
            return refused;
        }
        ClientMessage message;
        try {
            message = decoder.decode(frame);
        } catch (GameException e) {
            metrics.frameIn("invalid");
            throw e;
        }
        metrics.frameIn(FrameDecoder.typeOf(message));
        return engine.handle(connection, state, message);
    }

    /** Binary frames are not part of the protocol: each one gets bad_message, and counts toward the rate limit. */
    @OnBinaryMessage
    public Uni<Void> onBinary(Buffer frame, WebSocketConnection connection) {
        ConnectionState state = connection.userData().get(ConnectionState.KEY);
        if (state == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> refused = refuseOverLimit(state, connection);
        if (refused != null) {
            return refused;
        }
        metrics.frameIn("invalid");
        engine.error(connection, ErrorCodes.BAD_MESSAGE, "Binary frames are not supported; send JSON text frames");
        return Uni.createFrom().voidItem();
    }

    /** Marks the socket alive and applies its rate limit: null to go on, else what to do instead. */
    private Uni<Void> refuseOverLimit(ConnectionState state, WebSocketConnection connection) {
        state.seen();
        return switch (state.limiter.onFrame()) {
            case REFUSE -> {
                engine.error(connection, ErrorCodes.RATE_LIMITED, "Too many messages; slow down");
                yield Uni.createFrom().voidItem();
            }
            case CLOSE -> connection.close(new CloseReason(ErrorCodes.CLOSE_RATE_LIMIT, "rate limit exceeded"));
            case ACCEPT -> null;
        };
    }

    @OnClose
    public Uni<Void> onClose(WebSocketConnection connection) {
        Runnable upgradeDone = connection.userData().get(ConnectionState.UPGRADE_DONE);
        if (upgradeDone != null) {
            upgradeDone.run();
        }
        ConnectionState state = connection.userData().get(ConnectionState.KEY);
        if (state == null || drain.draining()) {
            // a drain's close is a move to another pod, not a leave: nobody here is told (they are all going), and
            // no pause is written (the round would be paused by a deploy, and the writes would race the shutdown)
            return Uni.createFrom().voidItem();
        }
        return engine.closed(connection, state);
    }

    @OnError
    public void onRuleBroken(GameException e, WebSocketConnection connection) {
        engine.error(connection, e.code(), e.getMessage());
    }

    @OnError
    public void onFailure(Throwable failure, WebSocketConnection connection) {
        if (failure instanceof io.vertx.core.http.HttpClosedException || connection.isClosed()) {
            LOG.debugf("socket %s went away mid-frame: %s", connection.id(), failure);
            return;
        }
        if (failure instanceof IllegalStateException
                && String.valueOf(failure.getMessage()).contains("max message size")) {
            // beyond the hard protocol limit: the frame cannot even be read
            connection.close(new CloseReason(ErrorCodes.CLOSE_TOO_BIG, "message too big")).subscribe().with(v -> {
            }, f -> {
            });
            return;
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            engine.error(connection, ErrorCodes.UNAVAILABLE, "The database cannot be reached right now; try again");
            return;
        }
        LOG.error("Unexpected failure on a game socket", failure);
        engine.error(connection, ErrorCodes.UNAVAILABLE, "Something went wrong; nothing was changed, try again");
    }
}
