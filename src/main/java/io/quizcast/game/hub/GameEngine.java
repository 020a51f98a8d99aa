package io.quizcast.game.hub;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.common.security.Caller;
import io.quizcast.game.message.ClientMessage;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.service.GameService;
import io.quizcast.game.ws.ConnectionState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Routes each decoded frame to its flow, under the event's lock, and sends what the flow decided afterwards. */
@ApplicationScoped
public class GameEngine {

    private final Hub hub;
    private final GameService games;
    private final RoomLoader loader;
    private final PresenceFlow presence;
    private final RoundFlow rounds;
    private final AnswerFlow answers;
    private final PresenterFlow presenters;

    GameEngine(Hub hub, GameService games, RoomLoader loader, PresenceFlow presence, RoundFlow rounds,
            AnswerFlow answers,
            PresenterFlow presenters) {
        this.hub = hub;
        this.games = games;
        this.loader = loader;
        this.presence = presence;
        this.rounds = rounds;
        this.answers = answers;
        this.presenters = presenters;
    }

    /** A socket opened: it observes the event until it joins. */
    public Uni<Void> opened(WebSocketConnection socket, ConnectionState state) {
        Room room = hub.room(state.eventId());
        return locked(room, out -> loader.ensureLoaded(room).invoke(() -> room.observers.add(socket)));
    }

    public Uni<Void> closed(WebSocketConnection socket, ConnectionState state) {
        Room room = hub.room(state.eventId());
        return locked(room, out -> {
            room.observers.remove(socket);
            UUID pid = state.participantId();
            if (pid == null || room.sockets.get(pid) != socket) {
                return Uni.createFrom().voidItem();
            }
            return presence.left(room, pid, out);
        });
    }

    public Uni<Void> handle(WebSocketConnection socket, ConnectionState state, ClientMessage message) {
        Room room = hub.room(state.eventId());
        if (message instanceof ClientMessage.Pong) {
            state.seen();
            return Uni.createFrom().voidItem();
        }
        if (message instanceof ClientMessage.Join join) {
            return locked(room, out -> join(room, socket, state, join, out));
        }
        return locked(room, out -> {
            Member sender = sender(room, socket, state);
            if (message instanceof ClientMessage.Answer answer) {
                return answers.answer(room, sender, answer, out);
            }
            if (sender == null) {
                throw notJoined(state);
            }
            if (message instanceof ClientMessage.StartGame m) {
                return rounds.startGame(room, sender, m.segmentId(), out);
            } else if (message instanceof ClientMessage.RevealAnswer) {
                return rounds.reveal(room, sender, out);
            } else if (message instanceof ClientMessage.ShowLeaderboard) {
                return rounds.showLeaderboard(room, sender, out);
            } else if (message instanceof ClientMessage.NextQuestion) {
                return rounds.next(room, sender, out);
            } else if (message instanceof ClientMessage.EndGame) {
                return rounds.endGame(room, sender, out);
            } else if (message instanceof ClientMessage.StartMegaQuiz m) {
                return rounds.startMega(room, sender, m.questionCount(), out);
            } else if (message instanceof ClientMessage.SkipMegaQuiz) {
                return rounds.skipMega(room, sender, out);
            }
            return presenters.handle(room, sender, message, out);
        });
    }

    private Uni<Void> join(Room room, WebSocketConnection socket, ConnectionState state, ClientMessage.Join join,
            Outbox out) {
        Caller caller = state.caller();
        if (caller instanceof Caller.Anonymous) {
            throw new GameException(ErrorCodes.FORBIDDEN, "Observers cannot join: connect with a token");
        }
        if (caller instanceof Caller.Account account
                && (join.userId() == null || !join.userId().equals(account.userId()))) {
            throw new GameException(ErrorCodes.FORBIDDEN, "user_id must be the account the token was issued to");
        }
        if (caller instanceof Caller.Session session && !session.eventId().equals(room.eventId)) {
            throw new GameException(ErrorCodes.FORBIDDEN, "This session token belongs to another event");
        }
        if (join.sessionCode() != null && !join.sessionCode().equals(room.eventId)) {
            throw new GameException(ErrorCodes.FORBIDDEN, "session_code names another event");
        }
        return games.event(room.eventId).chain(event -> games.resolve(event, caller)).chain(participant -> {
            if (participant == null) {
                throw new GameException(ErrorCodes.NOT_FOUND, "Participant not found");
            }
            state.joinedAs(participant.id);
            return presence.joined(room, socket, participant, out);
        });
    }

    private static Member sender(Room room, WebSocketConnection socket, ConnectionState state) {
        UUID pid = state.participantId();
        if (pid == null || room.sockets.get(pid) != socket) {
            return null;
        }
        return room.members.get(pid);
    }

    private static GameException notJoined(ConnectionState state) {
        if (state.caller() instanceof Caller.Anonymous) {
            return new GameException(ErrorCodes.FORBIDDEN, "Observers may only listen");
        }
        return new GameException(ErrorCodes.NOT_JOINED, "Join the event first");
    }

    /** Runs a flow under the room's lock, then sends what it decided: a failure sends nothing it had queued. */
    private Uni<Void> locked(Room room, java.util.function.Function<Outbox, Uni<Void>> flow) {
        return room.lock.withLock(() -> {
            Outbox out = new Outbox();
            return flow.apply(out).replaceWith(out);
        }).invoke(out -> out.flush(hub)).replaceWithVoid();
    }

    /** Sends an error frame to one socket. */
    public void error(WebSocketConnection socket, String code, String message) {
        hub.send(socket, new ServerMessage.Error(code, message));
    }
}
