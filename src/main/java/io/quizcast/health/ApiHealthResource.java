package io.quizcast.health;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /api/health: the database and the schema, from real round trips bounded by a timeout. */
@Path("/api/health")
@PermitAll
public class ApiHealthResource {

    /** The /api/health body. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record ApiHealth(String status, boolean database, Map<String, Object> checks) {
    }

    private final DatabaseProbe probe;
    private final MigrationState migrations;

    ApiHealthResource(DatabaseProbe probe, MigrationState migrations) {
        this.probe = probe;
        this.migrations = migrations;
    }

    @GET
    @Operation(summary = "Health with a real database round trip")
    public Uni<ApiHealth> apiHealth() {
        String expected = migrations.expectedVersion();
        return probe.ping().chain(db -> {
            Uni<DatabaseProbe.Result> schema = db.up() && expected != null
                    ? probe.migrationApplied(expected)
                    : Uni.createFrom()
                            .item(new DatabaseProbe.Result(false, 0, db.up() ? "not migrated" : "database down"));
            return schema.map(mig -> {
                Map<String, Object> checks = new LinkedHashMap<>();
                checks.put("database", check(db));
                Map<String, Object> migrationCheck = check(mig);
                migrationCheck.put("version", expected);
                checks.put("migrations", migrationCheck);
                boolean healthy = db.up() && mig.up();
                return new ApiHealth(healthy ? "healthy" : "degraded", db.up(), checks);
            });
        });
    }

    private static Map<String, Object> check(DatabaseProbe.Result result) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("status", result.up() ? "up" : "down");
        check.put("latency_ms", result.latencyMs());
        if (result.error() != null) {
            check.put("error", result.error());
        }
        return check;
    }
}
