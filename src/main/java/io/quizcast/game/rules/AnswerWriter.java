package io.quizcast.game.rules;

import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.owner.Ownership;
import io.quizcast.game.room.AnswerWrites;
import io.quizcast.game.room.Detached;
import io.quizcast.game.room.Hub;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.AnswerRow;
import io.quizcast.game.store.AnswerStore;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * Group commit of the answers reserved under the rooms' locks: the answers that arrive while earlier batches are
 * being written go together in the next one (one transaction, one statement), with a few batches in flight at
 * once. Each batch's outcome is applied to each room under that room's lock, after the commit.
 */
@ApplicationScoped
public class AnswerWriter {

    private static final Logger LOG = Logger.getLogger(AnswerWriter.class);

    /** An answer waiting to be stored, and what to do with the outcome (under its room's lock). */
    record Pending(Room room, AnswerRow row, BiConsumer<Outcome, Outbox> apply) {
    }

    /** How a pending answer ended. */
    enum Outcome {
        STORED,
        ALREADY_STORED,
        UNAVAILABLE
    }

    private final AnswerStore answerStore;
    private final Ownership ownership;
    private final Hub hub;
    private final Vertx vertx;
    private final int batchSize;
    private final int maxInFlight;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int inFlight;

    AnswerWriter(AnswerStore answerStore, Ownership ownership, Hub hub, Vertx vertx, QuizcastConfig config) {
        this.answerStore = answerStore;
        this.ownership = ownership;
        this.hub = hub;
        this.vertx = vertx;
        this.batchSize = config.game().answerBatchSize();
        this.maxInFlight = config.game().answerBatchesInFlight();
    }

    /** Queues an answer; call under its room's lock, after {@link AnswerWrites#begin()}. */
    void submit(Pending answer) {
        List<Pending> batch;
        synchronized (this) {
            queue.add(answer);
            batch = nextBatch();
        }
        write(batch);
    }

    /** The next batch when a write slot is free: one answer per player and round, so totals add up once. */
    private List<Pending> nextBatch() {
        if (inFlight >= maxInFlight || queue.isEmpty()) {
            return null;
        }
        List<Pending> batch = new ArrayList<>(Math.min(batchSize, queue.size()));
        Set<String> players = new HashSet<>();
        List<Pending> deferred = new ArrayList<>();
        while (!queue.isEmpty() && batch.size() < batchSize) {
            Pending p = queue.poll();
            if (players.add(p.row().segmentId() + "/" + p.row().participantId())) {
                batch.add(p);
            } else {
                deferred.add(p);
            }
        }
        for (int i = deferred.size() - 1; i >= 0; i--) {
            queue.addFirst(deferred.get(i));
        }
        inFlight++;
        return batch;
    }

    private void write(List<Pending> batch) {
        if (batch == null) {
            return;
        }
        List<AnswerRow> rows = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            rows.add(p.row());
        }
        // its own Hibernate Reactive session, whatever called submit()
        Detached.start(vertx, () -> answerStore.recordAnswers(ownership.ownerId(), rows)).subscribe().with(
                recorded -> finish(batch, recorded, null),
                failure -> finish(batch, new AnswerStore.Recorded(Set.of(), Set.of()), failure));
    }

    private void finish(List<Pending> batch, AnswerStore.Recorded recorded, Throwable failure) {
        Set<UUID> stored = recorded.stored();
        if (failure != null) {
            if (DatabaseFailures.isUnavailable(failure)) {
                LOG.debugf("an answer batch of %d could not be stored: %s", batch.size(), failure.toString());
            } else {
                LOG.errorf(failure, "an answer batch of %d failed", batch.size());
            }
        }
        Map<Room, List<Pending>> byRoom = new LinkedHashMap<>();
        for (Pending p : batch) {
            byRoom.computeIfAbsent(p.room(), r -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<Room, List<Pending>> e : byRoom.entrySet()) {
            Room room = e.getKey();
            List<Pending> answers = e.getValue();
            hub.underLock(room, out -> {
                // an event this process no longer owns stored nothing: its senders are told, its room is dropped after
                boolean lost = recorded.lostEvents().contains(room.eventId);
                for (Pending p : answers) {
                    Outcome outcome = failure != null || lost ? Outcome.UNAVAILABLE
                            : stored.contains(p.row().participantId()) ? Outcome.STORED : Outcome.ALREADY_STORED;
                    p.apply().accept(outcome, out);
                }
                return null;
            }).subscribe().with(v -> {
            }, f -> LOG.error("applying stored answers failed", f));
            // queued on the lock now: a command waiting for the writes runs after these acknowledgements
            for (int i = 0; i < answers.size(); i++) {
                room.writes.end();
            }
            if (recorded.lostEvents().contains(room.eventId)) {
                ownership.lost(room.eventId, answers.get(0).row().epoch());
            }
        }
        List<Pending> next;
        synchronized (this) {
            inFlight--;
            next = nextBatch();
        }
        write(next);
    }
}
