package io.quizcast.game.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizcast.game.message.GameException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The room lock: one task at a time, in arrival order, released on failure, bounded in queue and time. */
class AsyncLockTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void tasksRunOneAtATimeInArrivalOrder() throws Exception {
        AsyncLock lock = new AsyncLock(100, Duration.ofSeconds(5));
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<UniEmitter<? super Void>> first = new AtomicReference<>();
        CompletableFuture<Void> a = lock.<Void>withLock(() -> Uni.createFrom().emitter(e -> {
            log.add("a starts");
            first.set(e);
        })).subscribeAsCompletionStage();
        CompletableFuture<Void> b = lock.<Void>withLock(() -> {
            log.add("b runs");
            return Uni.createFrom().voidItem();
        }).subscribeAsCompletionStage();
        CompletableFuture<Void> c = lock.<Void>withLock(() -> {
            log.add("c runs");
            return Uni.createFrom().voidItem();
        }).subscribeAsCompletionStage();

        assertThat(log).containsExactly("a starts");
        assertThat(lock.waiting()).isEqualTo(2);
        log.add("a ends");
        first.get().complete(null);
        CompletableFuture.allOf(a, b, c).get(5, TimeUnit.SECONDS);
        assertThat(log).containsExactly("a starts", "a ends", "b runs", "c runs");
    }

    @Test
    void aFailingTaskReleasesTheLock() throws Exception {
        AsyncLock lock = new AsyncLock(100, Duration.ofSeconds(5));
        CompletableFuture<Void> thrown = lock.<Void>withLock(() -> {
            throw new IllegalStateException("boom");
        }).subscribeAsCompletionStage();
        CompletableFuture<Void> failed = lock.<Void>withLock(() -> Uni.createFrom().failure(new RuntimeException("x")))
                .subscribeAsCompletionStage();
        String after = lock.withLock(() -> Uni.createFrom().item("next")).await().atMost(Duration.ofSeconds(5));

        assertThat(thrown).isCompletedExceptionally();
        assertThat(failed).isCompletedExceptionally();
        assertThat(after).isEqualTo("next");
    }

    @Test
    void aTaskResumesOnTheContextItWasSubmittedFrom() throws Exception {
        AsyncLock lock = new AsyncLock(100, Duration.ofSeconds(5));
        Context one = vertx.getOrCreateContext();
        Context two = vertx.getOrCreateContext();
        AtomicReference<UniEmitter<? super Void>> holder = new AtomicReference<>();
        CompletableFuture<Context> ranOn = new CompletableFuture<>();
        one.runOnContext(v -> lock.<Void>withLock(() -> Uni.createFrom().<Void>emitter(e -> holder.set(e))).subscribe()
                .with(x -> {
                }));
        two.runOnContext(v -> lock.<Void>withLock(() -> {
            ranOn.complete(Vertx.currentContext());
            return Uni.createFrom().voidItem();
        }).subscribe().with(x -> {
        }));
        org.awaitility.Awaitility.await().until(() -> holder.get() != null && lock.waiting() == 1);

        one.runOnContext(v -> holder.get().complete(null)); // released on context one...
        assertThat(ranOn.get(5, TimeUnit.SECONDS)).isSameAs(two); // ...the next task still runs on its own
    }

    @Test
    void aFullQueueRefusesAtOnceWithUnavailable() {
        AsyncLock lock = new AsyncLock(1, Duration.ofSeconds(5));
        lock.<Void>withLock(() -> Uni.createFrom().emitter(e -> {
        })).subscribe().with(x -> {
        });
        lock.<Void>withLock(() -> Uni.createFrom().voidItem()).subscribe().with(x -> {
        });

        assertThatThrownBy(() -> lock.<Void>withLock(() -> Uni.createFrom().voidItem()).await().indefinitely())
                .isInstanceOfSatisfying(GameException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
    }

    @Test
    void aTaskThatHoldsTheLockTooLongFailsAndTheLockPassesOn() {
        AsyncLock lock = new AsyncLock(10, Duration.ofMillis(200));
        CompletableFuture<Void> stuck = lock.<Void>withLock(() -> Uni.createFrom().emitter(e -> {
        })).subscribeAsCompletionStage();
        String next = lock.withLock(() -> Uni.createFrom().item("next")).await().atMost(Duration.ofSeconds(5));

        assertThat(next).isEqualTo("next");
        org.awaitility.Awaitility.await().until(stuck::isCompletedExceptionally);
        assertThatThrownBy(stuck::join).hasCauseInstanceOf(GameException.class);
    }
}
