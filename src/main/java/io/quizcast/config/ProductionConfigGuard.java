package io.quizcast.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** In the prod profile, refuses to start with settings that are only fit for development. */
@ApplicationScoped
public class ProductionConfigGuard {

    void check(@Observes StartupEvent event, Config config) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        List<String> problems = problems(
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                        .or(() -> config.getOptionalValue("mp.jwt.verify.publickey", String.class)),
                config.getOptionalValue("smallrye.jwt.sign.key.location", String.class)
                        .or(() -> config.getOptionalValue("smallrye.jwt.sign.key", String.class)),
                config.getOptionalValue("quarkus.http.cors.origins", String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in prod: " + String.join("; ", problems));
        }
    }

    /** Everything wrong with these production settings; empty when they are fit to serve. */
    static List<String> problems(Optional<String> verifyKey, Optional<String> signKey, Optional<String> corsOrigins) {
        List<String> problems = new ArrayList<>();
        if (verifyKey.filter(v -> !v.isBlank()).isEmpty()) {
            problems.add("no token verification key (set MP_JWT_VERIFY_PUBLICKEY_LOCATION)");
        }
        if (signKey.filter(v -> !v.isBlank()).isEmpty()) {
            problems.add("no token signing key (set SMALLRYE_JWT_SIGN_KEY_LOCATION)");
        }
        if (verifyKey.orElse("").contains("test-keys") || signKey.orElse("").contains("test-keys")
                || verifyKey.orElse("").contains("dev-keys") || signKey.orElse("").contains("dev-keys")) {
            problems.add("the development/test token keys are not for production");
        }
        for (String origin : corsOrigins.orElse("").split(",")) {
            String o = origin.trim();
            if (o.equals("*") || o.equals("/.*/") || o.equals("/.+/")) {
                problems.add("CORS origins must be listed, not a wildcard (QUARKUS_HTTP_CORS_ORIGINS)");
            }
        }
        return problems;
    }
}
