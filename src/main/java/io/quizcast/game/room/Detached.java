package io.quizcast.game.room;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Database work that runs apart from the task that starts it (outside the room's lock): on a fresh, safe
 * duplicated Vert.x context, so its reactive Hibernate session is its own. Started at once; the result is kept
 * for whoever waits for it later.
 */
public final class Detached {

    private Detached() {
    }

    public static <T> Uni<T> start(Vertx vertx, Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        Uni<T> result = Uni.createFrom().<T>emitter(emitter -> context.runOnContext(ignored -> Uni.createFrom()
                .deferred(() -> work.get()).subscribe().with(emitter::complete, emitter::fail))).memoize()
                .indefinitely();
        result.subscribe().with(item -> {
        }, failure -> {
            // kept in the memoized result: whoever waits for it decides what a failure means
        });
        return result;
    }
}
