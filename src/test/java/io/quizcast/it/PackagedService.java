package io.quizcast.it;

import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged service as a process on an embedded PostgreSQL of its own, with RestAssured pointed at it, for the
 * class that registers it ({@code @RegisterExtension static PackagedService packaged = new PackagedService(..)}).
 */
final class PackagedService implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private EmbeddedPostgres postgres;
    private ServiceProcess service;

    /** The service's files (log, keys) go to {@code target/<name>}. */
    PackagedService(String name) {
        this.name = name;
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    ServiceProcess service() {
        return service;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path work = Files.createDirectories(Path.of("target", name).toAbsolutePath());
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
        int port = postgres.getPort();
        service = new ServiceProcess("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgresql://localhost:" + port + "/postgres", work);
        service.start();
        RestAssured.port = service.port();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (service != null) {
                service.kill();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            RestAssured.reset();
        }
    }
}
