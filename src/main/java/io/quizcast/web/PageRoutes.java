package io.quizcast.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The web client's pages at their short addresses: {@code /host}, {@code /join?code=...} and
 * {@code /screen/{event_id}} are served from the static files under {@code META-INF/resources}. The pages read
 * their parameters (code, event id) from the browser's address, so every screen id gets the same page.
 */
@ApplicationScoped
public class PageRoutes {

    void install(@Observes Router router) {
        router.getWithRegex("^/host/?$").handler(ctx -> ctx.reroute("/host.html"));
        router.getWithRegex("^/join/?$").handler(ctx -> ctx.reroute("/join.html"));
        router.getWithRegex("^/screen/[^/]+/?$").handler(ctx -> ctx.reroute("/screen.html"));
    }
}
