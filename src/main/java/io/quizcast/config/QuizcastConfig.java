package io.quizcast.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's own settings (prefix {@code quizcast}); each is overridable by its env var, e.g. QUIZCAST_AUTH_BCRYPT_COST. */
@ConfigMapping(prefix = "quizcast")
public interface QuizcastConfig {

    Auth auth();

    Health health();

    Db db();

    /** Database pool settings that Quarkus does not expose itself. */
    interface Db {
        /** How long a query waits for a free pooled connection before failing. */
        @WithDefault("30S")
        Duration acquireTimeout();
    }

    /** Accounts and tokens. */
    interface Auth {
        /** bcrypt work factor; each step doubles the hashing time. */
        @WithDefault("10")
        int bcryptCost();

        /** Lifetime of an account token. */
        @WithDefault("24H")
        Duration tokenLifespan();
    }

    /** Health reporting. */
    interface Health {
        /** Upper bound of the database round trip behind /api/health and readiness. */
        @WithDefault("2S")
        Duration databaseTimeout();
    }
}
