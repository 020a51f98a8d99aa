package io.quizcast.game.ws;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quizcast.config.QuizcastConfig;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/** Gives the HTTP server quizcast's {@code quizcast.game.close-timeout} for sockets whose peer never answers. */
@ApplicationScoped
public class CloseTimeout implements HttpServerOptionsCustomizer {

    private final int seconds;

    CloseTimeout(QuizcastConfig config) {
        this.seconds = (int) Math.max(1, config.game().closeTimeout().toSeconds());
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setWebSocketClosingTimeout(seconds);
    }
}
