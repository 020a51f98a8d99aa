package io.quizcast.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Dev profile only: when no database URL is configured, starts an embedded PostgreSQL and points both
 * clients at it; when no token keys are configured, generates a throw-away key pair. Any other profile
 * gets nothing from here, so production never starts an embedded database.
 */
public class DevDefaultsConfigSourceFactory implements ConfigSourceFactory {

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey.location";
    static final String SIGN_KEY = "smallrye.jwt.sign.key.location";
    // above application.properties (250), below system properties (400) and env vars (300)
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev")) {
            return List.of();
        }
        Map<String, String> values = new HashMap<>();
        if (isUnset(context, REACTIVE_URL) && isUnset(context, JDBC_URL)) {
            values.putAll(startEmbeddedDatabase());
        }
        if (isUnset(context, PUBLIC_KEY) && isUnset(context, SIGN_KEY)) {
            values.putAll(DevKeys.ensure());
        }
        return values.isEmpty() ? List.of()
                : List.of(new PropertiesConfigSource(values, "quizcast-dev-defaults", ORDINAL));
    }

    private static boolean isUnset(ConfigSourceContext context, String name) {
        var value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> startEmbeddedDatabase() {
        // Loaded by name: the embedded PostgreSQL library is a 'provided' dependency, present in dev mode and
        // tests only, so nothing in a packaged or native build may link against it.
        try {
            Class<?> database = Class.forName("io.quizcast.devdb.EmbeddedDevDatabase");
            return (Map<String, String>) database.getMethod("start").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot start the embedded dev database; set QUARKUS_DATASOURCE_REACTIVE_URL"
                            + " and QUARKUS_DATASOURCE_JDBC_URL to use an external PostgreSQL",
                    e);
        }
    }
}
