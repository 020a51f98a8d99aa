package io.quizcast.participant;

import java.util.UUID;

/** Who is connected right now; the live game's Hub knows, REST routes ask. */
public interface Presence {

    boolean isOnline(UUID eventId, UUID participantId);
}
