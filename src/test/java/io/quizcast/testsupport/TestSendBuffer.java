package io.quizcast.testsupport;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The test server's sockets get a send buffer of a real network's size: on loopback the kernel tunes it to about
 * 2.6 MB, so a client that stops reading would take some 13,000 messages before the server holds one unwritten.
 */
@ApplicationScoped
public class TestSendBuffer implements HttpServerOptionsCustomizer {

    public static final int BYTES = 16 * 1024;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setSendBufferSize(BYTES);
    }
}
