package io.quizcast.game.rules;

import io.quizcast.game.core.Automation;
import io.quizcast.game.core.Transitions;
import io.quizcast.game.room.GameClock;
import io.quizcast.game.room.Hub;
import io.quizcast.game.room.Room;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs the game's own moves ({@link Automation}): after every change of a room, its next move is planned on the
 * game's clock (one per room, replacing one that no longer fits); when it falls due and the game is still where it
 * was planned for, the answers open (in memory, under the room's lock), or a reveal, leaderboard or next question
 * runs as the room's turn, exactly as the host's command would (the same checks of the phase, the same writes).
 * Only the process that holds the room plans its moves; another that takes the event over plans them on load.
 */
@ApplicationScoped
public class GameAutomation {

    private static final Logger LOG = Logger.getLogger(GameAutomation.class);

    private record Armed(Automation.Due due, GameClock.Timer timer) {
    }

    private final GameClock clock;
    private final Hub hub;
    private final RoomTasks tasks;
    private final RoundFlow rounds;
    private final ConcurrentHashMap<UUID, Armed> armed = new ConcurrentHashMap<>();

    GameAutomation(GameClock clock, Hub hub, RoomTasks tasks, RoundFlow rounds) {
        this.clock = clock;
        this.hub = hub;
        this.tasks = tasks;
        this.rounds = rounds;
    }

    /** Under the room's lock, after a change: plans the room's next move of its own (or none). */
    void arm(Room room) {
        Automation.Due due = room.residency().evicted() || !room.residency().loaded() ? null
                : Automation.next(room.game(), room.answers().allAnswered(), clock.now());
        Armed current = armed.get(room.eventId);
        if (current != null && current.due().sameAs(due)) {
            return;
        }
        if (current != null) {
            current.timer().cancel();
            armed.remove(room.eventId, current);
        }
        if (due != null) {
            armed.put(room.eventId, new Armed(due, clock.at(due.at(), () -> fire(room, due))));
        }
    }

    private void fire(Room room, Automation.Due due) {
        armed.computeIfPresent(room.eventId, (id, a) -> a.due() == due ? null : a);
        if (room.residency().evicted()) {
            return;
        }
        if (due.action() == Automation.Action.OPEN_ANSWERS) {
            hub.underLock(room, out -> {
                if (room.residency().loaded() && due.stillFor(room.game()) && !room.game().reading(clock.now())) {
                    out.told(Transitions.answersOpened(room.game(), clock.now()));
                }
                arm(room);
                return null;
            }).subscribe().with(v -> {
            }, f -> LOG.debugf("opening the answers of %s failed: %s", room.eventId, f));
            return;
        }
        tasks.systemTurn(room, due.action().closesQuestion(), r -> due.stillFor(r.game()),
                (r, draft, out) -> rounds.auto(draft, due.action(), out))
                .subscribe().with(v -> {
                }, f -> LOG.debugf("the game's own %s in %s failed: %s", due.action(), room.eventId, f));
    }
}
