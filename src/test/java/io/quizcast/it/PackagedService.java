package io.quizcast.it;

import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/** The packaged service as a process on an embedded PostgreSQL of its own, with RestAssured pointed at it. */
record PackagedService(EmbeddedPostgres postgres, ServiceProcess service) implements AutoCloseable {

    /** Starts both; the service's files (log, keys) go to {@code target/<name>}. */
    static PackagedService start(String name) throws Exception {
        Path work = Files.createDirectories(Path.of("target", name).toAbsolutePath());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
        int port = postgres.getPort();
        ServiceProcess service = new ServiceProcess("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgresql://localhost:" + port + "/postgres", work);
        service.start();
        RestAssured.port = service.port();
        return new PackagedService(postgres, service);
    }

    @Override
    public void close() throws Exception {
        try {
            service.kill();
        } finally {
            postgres.close();
            RestAssured.reset();
        }
    }
}
