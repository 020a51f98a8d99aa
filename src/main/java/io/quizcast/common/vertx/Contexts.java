package io.quizcast.common.vertx;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;

/** Executors that hand work back to a Vert.x context (an event loop's, a request's, a socket's). */
public final class Contexts {

    private Contexts() {
    }

    /** Runs work on {@code context}, or inline when there is none (a caller outside Vert.x, as in tests). */
    public static Executor executorOf(Context context) {
        return context == null ? Runnable::run : work -> context.runOnContext(ignored -> work.run());
    }

    /** {@link #executorOf} the context of the calling thread. */
    public static Executor executorOfCurrent() {
        return executorOf(Vertx.currentContext());
    }
}
