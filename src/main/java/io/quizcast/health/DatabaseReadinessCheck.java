package io.quizcast.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: DOWN while a time-bounded round trip to PostgreSQL fails. It replaces Quarkus's datasource check,
 * which runs its query on the pool's own statement path (see {@code PooledStatements} for why we never do).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements AsyncHealthCheck {

    private final DatabaseProbe probe;

    DatabaseReadinessCheck(DatabaseProbe probe) {
        this.probe = probe;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return probe.ping().map(result -> {
            var response = HealthCheckResponse.named("database").withData("latency_ms", result.latencyMs());
            return (result.up() ? response.up() : response.down().withData("reason", result.error())).build();
        });
    }
}
