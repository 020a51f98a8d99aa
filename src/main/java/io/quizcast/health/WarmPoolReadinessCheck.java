package io.quizcast.health;

import io.quizcast.config.QuizcastConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: DOWN until the pool's first connections are open ({@link WarmPool}). */
@Readiness
@ApplicationScoped
public class WarmPoolReadinessCheck implements AsyncHealthCheck {

    private final WarmPool pool;
    private final Duration timeout;

    WarmPoolReadinessCheck(WarmPool pool, QuizcastConfig config) {
        this.pool = pool;
        this.timeout = config.health().databaseTimeout();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (pool.isWarm()) {
            return Uni.createFrom().item(HealthCheckResponse.named("connections").up().build());
        }
        // the probe answers within the database timeout; the attempt itself goes on for the next probe
        return pool.warm().ifNoItem().after(timeout).fail().onFailure().recoverWithItem(Boolean.FALSE)
                .map(warm -> warm ? HealthCheckResponse.named("connections").up().build()
                        : HealthCheckResponse.named("connections").down()
                                .withData("reason", "the pool's first connections are not open yet").build());
    }
}
