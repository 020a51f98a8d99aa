package io.quizcast.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Runs actions on their own threads, released together by a barrier: the closest a test gets to "at once". */
public final class AtOnce {

    private AtOnce() {
    }

    public static void run(Runnable... actions) {
        ExecutorService threads = Executors.newFixedThreadPool(actions.length);
        CyclicBarrier start = new CyclicBarrier(actions.length);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (Runnable action : actions) {
                running.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    action.run();
                }, threads));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("an action racing the others failed", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
