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

    Game game();

    /** The live game. */
    interface Game {

        /** Frames larger than this get bad_message (the socket stays open). */
        @WithDefault("16384")
        int maxFrameChars();

        /** Sustained frames per second a client may send. */
        @WithDefault("20")
        int rateLimitPerSecond();

        /** Short bursts above the rate that are still accepted. */
        @WithDefault("40")
        int rateLimitBurst();

        /** Refused frames within {@link #rateLimitWindow()} beyond which a flooding client is closed with 4429. */
        @WithDefault("20")
        int rateLimitStrikes();

        /** The window over which refused frames are counted. */
        @WithDefault("10S")
        Duration rateLimitWindow();

        /** Entries of a leaderboard inside a broadcast. */
        @WithDefault("10")
        int broadcastLeaderboardSize();

        /** Up to this many players, players see each other arrive and leave. */
        @WithDefault("50")
        int presenceBroadcastLimit();

        /** How often the server pings each socket. */
        @WithDefault("15S")
        Duration pingInterval();

        /** A socket silent this long after a ping is closed. */
        @WithDefault("30S")
        Duration pongTimeout();

        /** Questions in a mega quiz when start_mega_quiz names no count. */
        @WithDefault("10")
        int megaQuizDefaultQuestions();
    }

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
