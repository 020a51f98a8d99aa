package io.quizcast.load.floor;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

/**
 * The fan-out floor: a minimal in-memory raw Vert.x server speaking the subset of the quizcast contract the load
 * tool uses, so the tool's figures can be reported as ratios to it.
 */
public final class FloorServer implements AutoCloseable {

    /** One HTTP server instance; several share the port, one per event loop. */
    private static final class Listener extends AbstractVerticle {

        private final FloorState state;
        private final int port;

        Listener(FloorState state, int port) {
            this.state = state;
            this.port = port;
        }

        @Override
        public void start(Promise<Void> started) {
            vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("0.0.0.0"))
                    .requestHandler(FloorRoutes.router(vertx, state))
                    .listen()
                    .<Void>mapEmpty()
                    .onComplete(started);
        }
    }

    private final Vertx vertx;
    private final int port;

    private FloorServer(Vertx vertx, int port) {
        this.vertx = vertx;
        this.port = port;
    }

    /** Starts the floor and returns once every event loop listens on {@link #port()}. */
    public static FloorServer start(FloorOptions options) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(options.eventLoops()));
        try {
            FloorState state = new FloorState(vertx, options);
            // Vert.x shares a listening port between instances only when they ask for the same number: pick it first
            int port = options.port() != 0 ? options.port() : freePort();
            await(vertx.deployVerticle(() -> new Listener(state, port),
                    new DeploymentOptions().setInstances(options.eventLoops())));
            return new FloorServer(vertx, port);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        await(vertx.close());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("floor failed: " + e.getMessage(), e);
        }
    }

    /** {@code --port N [--event-loops K] [--fault-drop-question S] [--fault-delay-ack-ms M]} */
    public static void main(String[] args) {
        FloorServer server = start(FloorOptions.parse(args));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("floor listening on " + server.port());
        System.out.flush();
    }
}
