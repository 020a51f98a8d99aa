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

    Ai ai();

    Limits limits();

    /** Abuse limits per process (docs/decisions.md, "Abuse limits"): token buckets, a burst and one more per refill. */
    interface Limits {

        /** Failed logins of one account (its username). */
        @WithDefault("5")
        int loginFailuresPerAccountBurst();

        @WithDefault("30S")
        Duration loginFailuresPerAccountRefill();

        /** Failed logins from one address. */
        @WithDefault("20")
        int loginFailuresPerAddressBurst();

        @WithDefault("5S")
        Duration loginFailuresPerAddressRefill();

        /** Join codes looked up and not found, from one address. */
        @WithDefault("20")
        int lookupMissesPerAddressBurst();

        @WithDefault("2S")
        Duration lookupMissesPerAddressRefill();

        /** Joins from one address (a venue behind one NAT: sized for its room joining at once). */
        @WithDefault("2000")
        int joinsPerAddressBurst();

        @WithDefault("5MS")
        Duration joinsPerAddressRefill();

        /** Joins to one event, from everywhere. */
        @WithDefault("5000")
        int joinsPerEventBurst();

        @WithDefault("1MS")
        Duration joinsPerEventRefill();

        /** Keys kept per limit before the refilled ones are forgotten. */
        @WithDefault("100000")
        int maxKeys();
    }

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

        /**
         * The reverse proxies (addresses or CIDR blocks, numeric) whose X-Forwarded-For is believed for the abuse
         * limits; none by default: the peer's address counts.
         */
        java.util.Optional<java.util.List<String>> trustedProxies();
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

        /**
         * The keys that sign participant session tokens, {@code id:base64-secret} (id 1-255, secret of 32 bytes or
         * more), shared by every pod; the first signs, all verify (docs/decisions.md, "Session tokens a pod checks
         * alone"). None: a random key for this process only, so only it can check its tokens without the database.
         */
        java.util.Optional<java.util.List<String>> sessionKeys();
    }

    /** Health reporting. */
    interface Health {

        /** Upper bound of the database round trip behind /api/health and readiness. */
        @WithDefault("2S")
        Duration databaseTimeout();

        /**
         * Connections the reactive pool opens before readiness says up (at most its max-size - 1): a fresh process's
         * first joins then find them open instead of each paying PostgreSQL's connection set-up (scenario warm-up).
         */
        @WithDefault("10")
        int warmConnections();
    }

    /**
     * Talk-to-quiz generation with any OpenAI-compatible provider (docs/generation.md). Off unless a chat base URL and
     * model are set; model names are never defaulted in code.
     */
    interface Ai {

        /** Chat completions (question writing): base URL ending in /v1 (e.g. https://api.openai.com/v1). */
        Endpoint chat();

        /** Speech to text (/audio/transcriptions); its base URL defaults to the chat one. */
        Endpoint speech();

        /** The provider's key (sent as a bearer token, or raw in {@link #apiKeyHeader()}); none for local servers. */
        java.util.Optional<String> apiKey();

        /** The header that carries the key: Authorization (as "Bearer key") or e.g. api-key (Azure). */
        @WithDefault("Authorization")
        String apiKeyHeader();

        /** Retries of one provider call after a 429, a 5xx, a timeout or a refused connection. */
        @WithDefault("3")
        int maxRetries();

        /** The longest wait before a retry; a provider asking for longer puts the job back in the queue. */
        @WithDefault("30S")
        Duration maxRetryDelay();

        /** The largest audio chunk one upload may carry (413 above). */
        @WithDefault("5M")
        MemorySize maxChunkSize();

        /** The most audio one segment may hold (413 above): about 7 hours of speech at 32 kbit/s. */
        @WithDefault("100M")
        MemorySize maxAudioSize();

        /** The largest file sent to speech to text in one call (OpenAI's limit is 25 MB). */
        @WithDefault("24M")
        MemorySize maxFileSize();

        /** The most transcript characters given to the model; a longer talk is cut (and the cut logged). */
        @WithDefault("60000")
        int maxTranscriptChars();

        /** The most tokens the model may write per call (max_completion_tokens). */
        @WithDefault("4000")
        int maxOutputTokens();

        /** Generation jobs one event may start, over its life. */
        @WithDefault("40")
        int maxJobsPerEvent();

        /** Generation jobs one organiser account may start per hour. */
        @WithDefault("20")
        int maxJobsPerHour();

        /** Jobs one process works on at once. */
        @WithDefault("2")
        int maxConcurrentJobs();

        /** How long a claimed job stays this process's without renewal; renewed every third of it. */
        @WithDefault("60S")
        Duration jobLease();

        /** How often an idle process looks for jobs (besides being woken by a new job's notice). */
        @WithDefault("5S")
        Duration pollInterval();

        /** The first wait before a job that met a passing provider failure is tried again (doubling, 5 min at most). */
        @WithDefault("15S")
        Duration requeueDelay();

        /** Attempts of a job (each a claim) before it fails for good. */
        @WithDefault("4")
        int maxAttempts();

        /** Keep the recorded audio after its transcript is stored (default: deleted then). */
        @WithDefault("false")
        boolean keepAudio();
    }

    /** One OpenAI-compatible endpoint. */
    interface Endpoint {

        /** Base URL, up to and including /v1. */
        java.util.Optional<java.net.URI> baseUrl();

        /** The model's name at that provider; never defaulted. */
        java.util.Optional<String> model();

        /** The whole call's limit, retries apart. */
        @WithDefault("120S")
        Duration timeout();
    }
}
