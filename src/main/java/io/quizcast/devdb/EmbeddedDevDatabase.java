package io.quizcast.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** The dev-mode PostgreSQL: started once per JVM, data kept under target/ between runs. */
public final class EmbeddedDevDatabase {

    // a system property, not a static field: dev-mode reloads get a fresh class loader but the same JVM
    private static final String PORT_PROPERTY = "io.quizcast.devdb.port";

    private EmbeddedDevDatabase() {
    }

    public static synchronized Map<String, String> start() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(Path.of("target", "quizcast-dev-db").toAbsolutePath())
                        .setCleanDataDirectory(false)
                        .start();
                port = String.valueOf(postgres.getPort());
                System.setProperty(PORT_PROPERTY, port);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "quizcast-devdb-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return Map.of(
                DevDefaultsConfigSourceFactory.REACTIVE_URL, "postgresql://localhost:" + port + "/postgres",
                DevDefaultsConfigSourceFactory.JDBC_URL, "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; the next start recovers the data directory
        }
    }
}
