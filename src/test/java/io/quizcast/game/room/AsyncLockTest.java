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

    @Test
    void inMemoryTasksQueuedBehindOneRunInOrderOnTheReleasingThreadAndAnswerOnTheirOwnContexts() throws Exception {
        AsyncLock lock = new AsyncLock(1_000, Duration.ofSeconds(5));
        Context holderContext = vertx.getOrCreateContext();
        AtomicReference<UniEmitter<? super Void>> holder = new AtomicReference<>();
        holderContext.runOnContext(v -> lock.<Void>withLock(() -> Uni.createFrom().<Void>emitter(holder::set))
                .subscribe().with(x -> {
                }));
        org.awaitility.Awaitility.await().until(() -> holder.get() != null);

        int tasks = AsyncLock.IN_A_ROW * 2 + 5;
        List<Context> contexts = new ArrayList<>();
        List<CompletableFuture<Context>> answeredOn = new ArrayList<>();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Thread> ranOn = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < tasks; i++) {
            int n = i;
            Context context = vertx.getOrCreateContext();
            CompletableFuture<Context> answered = new CompletableFuture<>();
            contexts.add(context);
            answeredOn.add(answered);
            CompletableFuture<Void> queued = new CompletableFuture<>();
            context.runOnContext(v -> {
                lock.withLockNow(() -> {
                    order.add(n);
                    ranOn.add(Thread.currentThread());
                    return n;
                }).subscribe().with(x -> answered.complete(Vertx.currentContext()));
                queued.complete(null);
            });
            queued.get(5, TimeUnit.SECONDS);
        }
        assertThat(lock.waiting()).isEqualTo(tasks);

        AtomicReference<Thread> releasing = new AtomicReference<>();
        holderContext.runOnContext(v -> {
            releasing.set(Thread.currentThread());
            holder.get().complete(null);
        });
        CompletableFuture.allOf(answeredOn.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertThat(order).as("arrival order").isEqualTo(java.util.stream.IntStream.range(0, tasks).boxed().toList());
        assertThat(ranOn.subList(0, AsyncLock.IN_A_ROW)).as("the first row on the releasing thread, no hop")
                .allMatch(t -> t == releasing.get());
        for (int i = 0; i < tasks; i++) {
            assertThat(answeredOn.get(i).get()).as("task %d answers on its own context", i).isSameAs(contexts.get(i));
        }
        assertThat(lock.idle()).isTrue();
    }

    @Test
    void aFailingInMemoryTaskReleasesTheLockAndFailsItsCaller() {
        AsyncLock lock = new AsyncLock(100, Duration.ofSeconds(5));
        CompletableFuture<Object> failed = lock.withLockNow(() -> {
            throw new IllegalStateException("boom");
        }).subscribeAsCompletionStage();
        String after = lock.withLockNow(() -> "next").await().atMost(Duration.ofSeconds(5));

        assertThat(failed).isCompletedExceptionally();
        assertThat(after).isEqualTo("next");
        assertThat(lock.idle()).isTrue();
    }

    @Test
    void aTaskThatMayDoIoStillWaitsForTheInMemoryOnesBeforeIt() throws Exception {
        AsyncLock lock = new AsyncLock(100, Duration.ofSeconds(5));
        AtomicReference<UniEmitter<? super Void>> holder = new AtomicReference<>();
        lock.<Void>withLock(() -> Uni.createFrom().<Void>emitter(holder::set)).subscribe().with(x -> {
        });
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> a = lock.withLockNow(() -> {
            log.add("a");
            return "a";
        }).subscribeAsCompletionStage();
        CompletableFuture<String> io = lock.withLock(() -> {
            log.add("io");
            return Uni.createFrom().item("io");
        }).subscribeAsCompletionStage();
        CompletableFuture<String> b = lock.withLockNow(() -> {
            log.add("b");
            return "b";
        }).subscribeAsCompletionStage();

        holder.get().complete(null);
        CompletableFuture.allOf(a, io, b).get(5, TimeUnit.SECONDS);
        assertThat(log).containsExactly("a", "io", "b");
        assertThat(lock.idle()).isTrue();
    }
}
