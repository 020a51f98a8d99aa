package io.quizcast.common.http;

import io.vertx.ext.web.RoutingContext;

/**
 * An upload's bytes: those read ahead by the body limit for a chunked request (the routing context's body), else the
 * REST parameter. Quarkus REST 3.33.2 fills a byte[] parameter with zeros when the body was read before it and is
 * larger than its input buffer; reading the routing context's body avoids that.
 */
public final class UploadedBytes {

    private UploadedBytes() {
    }

    public static byte[] of(RoutingContext ctx, byte[] parameter) {
        var body = ctx == null ? null : ctx.body();
        return body != null && body.buffer() != null ? body.buffer().getBytes() : parameter;
    }
}
