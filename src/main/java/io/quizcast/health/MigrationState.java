package io.quizcast.health;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** The schema version this build expects, read from Flyway once at start (after migrate-at-start ran). */
@ApplicationScoped
public class MigrationState {

    private volatile String expectedVersion;

    void onStart(@Observes StartupEvent event, Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        expectedVersion = all.length == 0 ? null : all[all.length - 1].getVersion().getVersion();
    }

    /** The latest migration version known to this build, or null when it has none. */
    public String expectedVersion() {
        return expectedVersion;
    }
}
