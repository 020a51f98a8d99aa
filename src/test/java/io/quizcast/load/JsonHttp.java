package io.quizcast.load;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON over HTTP/1.1 to the target, asynchronous, on a bounded pool of keep-alive connections. Each request runs
 * start to end on one of the client's event loops: a response's body handler is then always set before its data
 * can arrive (started from another thread, a fast response could lose its body).
 */
public final class JsonHttp {

    /**
     * A response: its status, its body parsed as JSON (null when it was not a JSON object), and its Retry-After in
     * seconds (0 without one).
     */
    public record Response(int status, JsonObject body, String text, long retryAfterSeconds) {

        public JsonObject ok(int expected, String what) {
            if (status != expected) {
                throw new LoadFailure(what + " answered " + status + " (expected " + expected + "): " + text);
            }
            return body;
        }
    }

    private final HttpClient client;
    private final List<Context> loops;
    private final AtomicInteger next = new AtomicInteger();
    private final String host;
    private final int port;
    private final long timeoutMs;

    public JsonHttp(Vertx vertx, List<Context> loops, URI target, int connections, long timeoutMs) {
        this.loops = loops;
        this.host = target.getHost();
        this.port = target.getPort() > 0 ? target.getPort() : 80;
        this.timeoutMs = timeoutMs;
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(connections).setKeepAlive(true)
                .setConnectTimeout((int) timeoutMs).setIdleTimeout(60));
    }

    public CompletableFuture<Response> send(HttpMethod method, String path, JsonObject body, String token) {
        CompletableFuture<Response> result = new CompletableFuture<>();
        RequestOptions options = new RequestOptions().setMethod(method).setHost(host).setPort(port).setURI(path)
                .setTimeout(timeoutMs).putHeader("Accept", "application/json");
        if (token != null) {
            options.putHeader("Authorization", "Bearer " + token);
        }
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        Context loop = loops.get(Math.floorMod(next.getAndIncrement(), loops.size()));
        loop.runOnContext(ignored -> client.request(options)
                .compose(request -> body == null ? request.send() : request.send(Buffer.buffer(body.encode())))
                .compose(response -> response.body().map(buffer -> {
                    String text = buffer.toString();
                    JsonObject json = null;
                    if (text.startsWith("{")) {
                        try {
                            json = new JsonObject(text);
                        } catch (RuntimeException e) {
                            json = null;
                        }
                    }
                    String retry = response.getHeader("Retry-After");
                    return new Response(response.statusCode(), json, text,
                            retry == null ? 0 : Long.parseLong(retry.trim()));
                }))
                .onSuccess(result::complete)
                .onFailure(result::completeExceptionally));
        return result;
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
        client.close();
    }
}
