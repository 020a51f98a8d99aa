package io.quizcast.participant.service;

import io.quarkus.arc.DefaultBean;
import io.quizcast.participant.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Presence when no live game is wired in: nobody is online. The game's Hub replaces it. */
@DefaultBean
@ApplicationScoped
public class OfflinePresence implements Presence {

    @Override
    public boolean isOnline(UUID eventId, UUID participantId) {
        return false;
    }
}
