package io.quizcast.common;

/**
 * An event's status as stored in {@code events.status} and sent on the wire (REST and the socket's
 * {@code connected}): the one place these strings are written, shared by the entity and the game's core, which knows
 * nothing of the entity.
 */
public final class EventStatus {

    public static final String WAITING = "waiting";
    public static final String ACTIVE = "active";
    public static final String FINISHED = "finished";

    private EventStatus() {
    }
}
