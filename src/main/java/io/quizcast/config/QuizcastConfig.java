package io.quizcast.config;

import io.quarkus.runtime.configuration.MemorySize;
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

    Owner owner();

    Images images();

    Http http();

    /** Question images (docs/decisions.md, "Images"). */
    interface Images {

        /** The largest image a client may upload; larger gets 413. */
        @WithDefault("2M")
        MemorySize maxSize();

        /** The longer side of an image, in pixels, at most. */
        @WithDefault("1920")
        int maxPixels();

        /** Images one event may hold. */
        @WithDefault("200")
        int perEvent();

        /** Images' bytes kept in memory to serve them without reading the database again. */
        @WithDefault("64M")
        MemorySize cacheSize();
    }

    /** Request bodies (quarkus.http.limits.max-body-size is the hard cap above every route's own limit). */
    interface Http {

        /** The largest body of a route other than an image upload; larger gets 413 in the error shape. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    /** Which process runs a live event when several share the database (docs/decisions.md, "Several pods"). */
    interface Owner {

        /** This process's name in {@code event_owners}; unique per process (default: host name + random suffix). */
        java.util.Optional<String> id();

        /** How long an owner's claim lasts without renewal; renewed every third of it. */
        @WithDefault("10S")
        Duration lease();
    }

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

        /** Most answers stored by one group commit (one transaction, one statement). */
        @WithDefault("500")
        int answerBatchSize();

        /** Most answer group commits in flight at once (each holds one pooled connection). */
        @WithDefault("4")
        int answerBatchesInFlight();

        /** Longest a task may hold an event's lock; it then fails with unavailable and the lock passes on. */
        @WithDefault("30S")
        Duration lockTimeout();

        /**
         * Most messages handed to one socket and not yet written to it; a socket over it (a reader too slow) is
         * closed with 1008.
         */
        @WithDefault("1024")
        int maxPendingSends();

        /** Most tasks waiting for one event's lock; more are refused with unavailable. */
        @WithDefault("100000")
        int lockQueueLimit();

        /** A room with no sockets is dropped from memory when its event finished, or after this long idle. */
        @WithDefault("30M")
        Duration roomIdleTimeout();

        /**
         * How long the peer of a socket the server closes has to answer the close before its connection is cut
         * (whole seconds; Vert.x waits 10 s by default). Shorter than {@code quarkus.shutdown.delay}, so a drained
         * pod holds no socket of a client that never answers when it waits for its in-flight requests.
         */
        @WithDefault("2S")
        Duration closeTimeout();
    }

    /** Database pool settings that Quarkus does not expose itself. */
    interface Db {

        /** How long a query waits for a free pooled connection before failing. */
        @WithDefault("30S")
        Duration acquireTimeout();

        /**
         * Most requests waiting for a pooled connection at once; more fail at once as unavailable. Sized for an
         * event's whole reconnect storm (10,000 sockets joining again after a pod's loss), each bounded by the
         * acquire timeout.
         */
        @WithDefault("20000")
        int maxWaitQueue();
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
