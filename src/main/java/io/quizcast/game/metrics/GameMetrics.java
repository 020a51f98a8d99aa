package io.quizcast.game.metrics;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.websockets.next.OpenConnections;
import io.quizcast.game.message.ServerMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The live game's meters: sockets, events, frames by type, errors by code, answers, fan-out and commit times. */
@ApplicationScoped
public class GameMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Counter> answers = new ConcurrentHashMap<>();
    private final Timer fanOut;
    private final Timer answerCommit;
    private Supplier<Number> activeEvents;
    private Map<?, ?> rooms;

    GameMetrics(MeterRegistry registry, OpenConnections connections) {
        this.registry = registry;
        registry.gauge("quizcast.sockets.open", connections, c -> c.listAll().size());
        this.fanOut = Timer.builder("quizcast.broadcast.fanout")
                .description("Time to encode one message and hand it to every socket of its snapshot")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.answerCommit = Timer.builder("quizcast.answer.commit")
                .description("Time to store one accepted answer and its score updates (one transaction)")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    /** Registers the gauge of events that have someone connected. */
    public void activeEvents(Supplier<Number> count) {
        // gauges hold their source weakly: keep it here so it is not collected
        this.activeEvents = count;
        registry.gauge("quizcast.events.active", count, s -> s.get().doubleValue());
    }

    /** Registers the gauge of rooms held in memory (connected or not, until they are evicted). */
    public void rooms(Map<?, ?> held) {
        this.rooms = held;
        registry.gauge("quizcast.rooms", held, Map::size);
    }

    public void frameIn(String type) {
        counter("quizcast.frames.in", "type", type).increment();
    }

    public void framesOut(ServerMessage message, int sockets) {
        counter("quizcast.frames.out", "type", typeOf(message)).increment(sockets);
    }

    public void error(String code) {
        counter("quizcast.errors", "code", code).increment();
    }

    /** A socket was closed with 1008: it read too slowly for its outgoing queue. */
    public void slowReaderClosed() {
        counter("quizcast.sockets.closed", "reason", "slow_reader").increment();
    }

    /** A room dropped here because another process took its event over (its sockets are closed with 1001). */
    public void roomMovedAway() {
        counter("quizcast.rooms.moved", "direction", "away").increment();
    }

    /** A room loaded here by taking its event over from another process (or from nobody). */
    public void roomTakenOver() {
        counter("quizcast.rooms.moved", "direction", "here").increment();
    }

    public void answerAccepted() {
        // every series of one meter carries the same tag keys (Prometheus requires it)
        answers.computeIfAbsent("none", r -> registry.counter("quizcast.answers", "result", "accepted", "reason", r))
                .increment();
    }

    public void answerRejected(String reason) {
        answers.computeIfAbsent(reason, r -> registry.counter("quizcast.answers", "result", "rejected", "reason", r))
                .increment();
    }

    public Timer fanOut() {
        return fanOut;
    }

    public Timer answerCommit() {
        return answerCommit;
    }

    private Counter counter(String name, String tag, String value) {
        return counters.computeIfAbsent(name + '|' + tag + '|' + value, k -> registry.counter(name, tag, value));
    }

    private static String typeOf(ServerMessage message) {
        JsonTypeName name = message.getClass().getAnnotation(JsonTypeName.class);
        return name == null ? message.getClass().getSimpleName() : name.value();
    }
}
