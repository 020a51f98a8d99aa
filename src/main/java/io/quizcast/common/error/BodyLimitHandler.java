package io.quizcast.common.error;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than its route allows with 413 in the contract's error shape: an image upload up to
 * {@code quizcast.images.max-size}, an audio chunk up to {@code quizcast.ai.max-chunk-size} and a whole recording up
 * to {@code quizcast.ai.max-file-size} (each with room for a multipart form's framing), every other route up to
 * {@code quizcast.http.max-body-size}; just before
 * Quarkus's own check of {@code quarkus.http.limits.max-body-size} (the larger of the two), which would answer with an
 * empty body.
 */
@ApplicationScoped
public class BodyLimitHandler {

    /** Quarkus's own upload-limit route runs at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    static final int ORDER = -3;

    /** Every path but the game's WebSocket endpoint (an upgrade has no body). */
    static final String NOT_A_GAME_SOCKET = "^/(?!api/ws/).*";

    // a body of unknown length: chunked in HTTP/1.1, or any HTTP/2 request without content-length
    private static final java.util.Set<io.vertx.core.http.HttpMethod> BODY_METHODS = java.util.Set.of(
            io.vertx.core.http.HttpMethod.POST, io.vertx.core.http.HttpMethod.PUT,
            io.vertx.core.http.HttpMethod.PATCH);

    /** An image upload: POST /api/events/{id}/images. */
    static final java.util.regex.Pattern IMAGE_UPLOAD = java.util.regex.Pattern.compile("^/api/events/[^/]+/images/?$");

    /** An audio chunk: POST /api/segments/{sid}/audio-chunk. */
    static final java.util.regex.Pattern AUDIO_CHUNK = java.util.regex.Pattern
            .compile("^/api/segments/[^/]+/audio-chunk/?$");

    /** A whole recording: POST /api/segments/{sid}/transcribe. */
    static final java.util.regex.Pattern AUDIO_FILE = java.util.regex.Pattern
            .compile("^/api/segments/[^/]+/transcribe/?$");

    /** A multipart form's boundaries and part headers around the file. */
    static final long MULTIPART_FRAMING = 16 * 1024;

    private final Limit bodies;
    private final Limit images;
    private final Limit chunks;
    private final Limit recordings;

    /** One limit: its bytes, the refusal's body, and the reader of a chunked body that counts up to it. */
    private record Limit(long bytes, String refusal, BodyHandler chunked) {

        static Limit of(long bytes) {
            String text = "Request body too large: the limit is " + bytes + " bytes";
            return new Limit(bytes, Json.encode(Map.of("detail", text, "error", text, "message", text, "code",
                    ErrorCode.PAYLOAD_TOO_LARGE)), BodyHandler.create(false).setBodyLimit(bytes));
        }
    }

    BodyLimitHandler(@ConfigProperty(name = "quizcast.http.max-body-size") MemorySize bodies,
            @ConfigProperty(name = "quizcast.images.max-size") MemorySize images,
            @ConfigProperty(name = "quizcast.ai.max-chunk-size") MemorySize chunks,
            @ConfigProperty(name = "quizcast.ai.max-file-size") MemorySize recordings) {
        this.bodies = Limit.of(bodies.asLongValue());
        this.images = Limit.of(images.asLongValue());
        this.chunks = Limit.of(chunks.asLongValue() + MULTIPART_FRAMING);
        this.recordings = Limit.of(recordings.asLongValue() + MULTIPART_FRAMING);
    }

    private Limit limitOf(String path) {
        // every request passes here: the ends of the paths first, the patterns only for a likely upload
        if (path.endsWith("/images") || path.endsWith("/images/")) {
            return IMAGE_UPLOAD.matcher(path).matches() ? images : bodies;
        }
        if (path.endsWith("/audio-chunk") || path.endsWith("/audio-chunk/")) {
            return AUDIO_CHUNK.matcher(path).matches() ? chunks : bodies;
        }
        if (path.endsWith("/transcribe") || path.endsWith("/transcribe/")) {
            return AUDIO_FILE.matcher(path).matches() ? recordings : bodies;
        }
        return bodies;
    }

    void install(@Observes Router router) {
        // not on game socket upgrades: a route in front of them changed the order in which closes reach the game
        // a chunked body announces no length: it is read here, counted as it streams in, and refused past the limit in
        // the same shape (Quarkus's own limit would answer an empty 413 and leave an IOException to the REST layer)
        router.routeWithRegex(NOT_A_GAME_SOCKET).order(ORDER).handler(ctx -> {
            Limit limit = limitOf(ctx.request().path());
            String length = ctx.request().getHeader("Content-Length");
            if (announcedLength(length) > limit.bytes()) {
                // the rest of the body is never read: close the connection once the answer is out
                refuse(ctx, limit.refusal());
                return;
            }
            if (length == null && BODY_METHODS.contains(ctx.request().method())) {
                if (isMultipart(ctx.request().getHeader("Content-Type"))) {
                    readWhole(ctx, limit);
                } else {
                    limit.chunked().handle(ctx);
                }
                return;
            }
            ctx.next();
        }).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, limitOf(ctx.request().path()).refusal());
                return;
            }
            ctx.next();
        });
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /**
     * A chunked multipart body is read whole as bytes, counted up to the limit: Vert.x's BodyHandler would parse the
     * form and keep no body, and the upload routes read their form themselves (an audio chunk never touches the disk).
     * Quarkus REST hands a byte[] parameter zeros for a body read ahead of it past its input buffer (seen with 3.33.2),
     * so the upload resources take the bytes from here ({@link io.quizcast.common.http.UploadedBytes}).
     */
    private static void readWhole(io.vertx.ext.web.RoutingContext ctx, Limit limit) {
        io.vertx.core.buffer.Buffer body = io.vertx.core.buffer.Buffer.buffer();
        boolean[] refused = {false};
        ctx.request().handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > limit.bytes()) {
                refused[0] = true;
                refuse(ctx, limit.refusal());
                return;
            }
            body.appendBuffer(chunk);
        });
        ctx.request().endHandler(ended -> {
            if (!refused[0]) {
                var internal = (io.vertx.ext.web.impl.RoutingContextInternal) ctx;
                internal.visitHandler(io.vertx.ext.web.impl.RoutingContextInternal.BODY_HANDLER);
                internal.setBody(body);
                ctx.next();
            }
        });
        ctx.request().resume();
    }

    private static void refuse(io.vertx.ext.web.RoutingContext ctx, String body) {
        ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                .putHeader("Connection", "close").end(body);
    }

    private static long announcedLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
