package io.quizcast.load;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** JSON over HTTP/1.1 to the target, asynchronous (the JDK's client, keep-alive connections, a few threads). */
public final class JsonHttp {

    /** A response: its status and its body parsed as JSON (null when it was not a JSON object). */
    public record Response(int status, JsonObject body, String text) {

        public JsonObject ok(int expected, String what) {
            if (status != expected || body == null) {
                throw new LoadFailure(what + " answered " + status + " (expected " + expected + " with a JSON object): "
                        + text);
            }
            return body;
        }
    }

    private final HttpClient client;
    private final ExecutorService threads;
    private final URI base;
    private final long timeoutMs;

    public JsonHttp(URI target, int threads, long timeoutMs) {
        this.base = target;
        this.timeoutMs = timeoutMs;
        this.threads = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, 8)), r -> {
            Thread t = new Thread(r, "load-http");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(this.threads)
                .connectTimeout(Duration.ofMillis(timeoutMs)).build();
    }

    public CompletableFuture<Response> send(HttpMethod method, String path, JsonObject body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMillis(timeoutMs))
                .header("Accept", "application/json")
                .method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.encode()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            String text = response.body();
            JsonObject json = null;
            if (text != null && text.startsWith("{")) {
                try {
                    json = new JsonObject(text);
                } catch (RuntimeException e) {
                    json = null;
                }
            }
            return new Response(response.statusCode(), json, text);
        });
    }

    /** Sends and waits (for set-up steps, never on an event loop). */
    public Response call(HttpMethod method, String path, JsonObject body, String token) {
        try {
            return send(method, path, body, token).get(timeoutMs + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new LoadFailure(method + " " + path + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new LoadFailure(method + " " + path + " timed out after " + timeoutMs + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", e);
        }
    }

    public void close() {
        threads.shutdownNow();
    }
}
