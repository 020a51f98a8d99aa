package io.quizcast.game.core;

import io.quizcast.game.message.ServerMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * What a transition decided: the next {@link Game} and what everyone in the room is told of it, in the order it is
 * sent. Nothing is told before the game it describes is stored.
 */
public record Step(Game game, List<ServerMessage> told) {

    public Step {
        told = List.copyOf(told);
    }

    static Step of(Game game, ServerMessage... told) {
        return new Step(game, List.of(told));
    }

    /** The game unchanged, nobody told anything. */
    public static Step unchanged(Game game) {
        return new Step(game, List.of());
    }

    /** This step, then {@code after} (taken from this step's game): the last game, and both steps' messages. */
    public Step then(Step after) {
        List<ServerMessage> all = new ArrayList<>(told.size() + after.told.size());
        all.addAll(told);
        all.addAll(after.told);
        return new Step(after.game, all);
    }
}
