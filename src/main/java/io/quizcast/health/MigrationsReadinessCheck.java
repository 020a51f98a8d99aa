package io.quizcast.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: DOWN until the database holds every migration this build ships. */
@Readiness
@ApplicationScoped
public class MigrationsReadinessCheck implements AsyncHealthCheck {

    private final DatabaseProbe probe;
    private final MigrationState state;

    MigrationsReadinessCheck(DatabaseProbe probe, MigrationState state) {
        this.probe = probe;
        this.state = state;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        String expected = state.expectedVersion();
        if (expected == null) {
            return Uni.createFrom().item(HealthCheckResponse.named("migrations").down()
                    .withData("reason", "not migrated yet").build());
        }
        return probe.migrationApplied(expected).map(result -> {
            var response = HealthCheckResponse.named("migrations").withData("version", expected);
            return (result.up() ? response.up() : response.down().withData("reason", result.error())).build();
        });
    }
}
