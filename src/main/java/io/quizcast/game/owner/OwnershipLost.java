package io.quizcast.game.owner;

import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import java.util.UUID;

/** A game write refused because another process took the event over: the sender is told, the room here is dropped. */
public final class OwnershipLost extends GameException {

    private final transient UUID eventId;

    public OwnershipLost(UUID eventId) {
        super(ErrorCodes.UNAVAILABLE, "This event is now run by another server; reconnect");
        this.eventId = eventId;
    }

    public UUID eventId() {
        return eventId;
    }
}
