package io.quizcast.game.room;

import io.quarkus.websockets.next.WebSocketConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Who is connected to a room: each joined participant's socket, the sockets that only watch (observers), and who is
 * online. Changed under the room's lock; who is online is also readable from any thread (REST routes ask).
 */
public final class RoomSockets {

    private final Map<UUID, WebSocketConnection> byParticipant = new HashMap<>();
    // sockets open on the event that did not join (yet): they hear what everyone hears
    private final Set<WebSocketConnection> observers = new HashSet<>();
    private final Set<UUID> online = ConcurrentHashMap.newKeySet();

    /** A copy for a turn's draft. */
    RoomSockets copy() {
        RoomSockets c = new RoomSockets();
        c.byParticipant.putAll(byParticipant);
        c.observers.addAll(observers);
        c.online.addAll(online);
        return c;
    }

    /** A socket opened on the event: it hears what everyone hears until it joins. */
    public void observe(WebSocketConnection socket) {
        observers.add(socket);
    }

    public void unobserve(WebSocketConnection socket) {
        observers.remove(socket);
    }

    /** The socket is now the participant's, who is online; returns its previous socket, if any. */
    WebSocketConnection attach(UUID participantId, WebSocketConnection socket) {
        WebSocketConnection previous = byParticipant.put(participantId, socket);
        observers.remove(socket);
        online.add(participantId);
        return previous;
    }

    void detach(UUID participantId) {
        byParticipant.remove(participantId);
        online.remove(participantId);
    }

    /** The participant's socket, or null when it is not connected. */
    public WebSocketConnection of(UUID participantId) {
        return byParticipant.get(participantId);
    }

    /** Whether the participant is connected (safe from any thread, without the lock). */
    public boolean isOnline(UUID participantId) {
        return online.contains(participantId);
    }

    public int onlineCount() {
        return online.size();
    }

    /** Whether no participant is connected (observers aside). */
    public boolean nobodyConnected() {
        return byParticipant.isEmpty();
    }

    /** Whether no socket at all is open on the room. */
    boolean none() {
        return byParticipant.isEmpty() && observers.isEmpty();
    }

    /** Every socket: the participants' and the observers'. */
    public List<WebSocketConnection> everyone() {
        List<WebSocketConnection> all = new ArrayList<>(byParticipant.values());
        all.addAll(observers);
        return all;
    }

    /** The participants' sockets but those {@code excluded} says, and every observer's. */
    List<WebSocketConnection> allBut(Predicate<UUID> excluded) {
        List<WebSocketConnection> others = new ArrayList<>(byParticipant.size());
        for (Map.Entry<UUID, WebSocketConnection> e : byParticipant.entrySet()) {
            if (!excluded.test(e.getKey())) {
                others.add(e.getValue());
            }
        }
        others.addAll(observers);
        return others;
    }
}
