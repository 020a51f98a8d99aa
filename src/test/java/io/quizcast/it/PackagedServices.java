package io.quizcast.it;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Several processes of the packaged service (several pods) on ONE embedded PostgreSQL, each with its own owner id
 * ({@code QUIZCAST_OWNER_ID}) and the given extra environment (the lease, say), sharing one pair of token keys; for
 * the class that registers it ({@code @RegisterExtension static PackagedServices pods = new PackagedServices(..)}).
 * RestAssured points at the first process. Before each test every process runs again: a paused one is resumed, a
 * crashed or stopped one is started again (on its port), so the tests of a class stay independent.
 */
final class PackagedServices implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final String name;
    private final List<String> ownerIds;
    private final Map<String, String> env;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedPostgres postgres;

    /** The processes' files (logs, keys) go to {@code target/<name>}; one process per owner id, in this order. */
    PackagedServices(String name, Map<String, String> env, String... ownerIds) {
        this.name = name;
        this.env = Map.copyOf(env);
        this.ownerIds = List.of(ownerIds);
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    /** The process that runs as {@code ownerId}. */
    ServiceProcess service(String ownerId) {
        int index = ownerIds.indexOf(ownerId);
        if (index < 0) {
            throw new IllegalArgumentException("no process runs as " + ownerId);
        }
        return services.get(index);
    }

    String ownerIdOf(ServiceProcess service) {
        return ownerIds.get(services.indexOf(service));
    }

    /** The event's row in {@code event_owners}, or null when no process ever took it. */
    Owner owner(UUID eventId) throws SQLException {
        try (Connection connection = connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT owner, epoch, expires_at > now(), expires_at FROM event_owners WHERE event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? new Owner(rows.getString(1), rows.getLong(2), rows.getBoolean(3),
                                rows.getObject(4, OffsetDateTime.class))
                        : null;
            }
        }
    }

    /** The owner id the event's row names, or null. */
    String ownerIdOf(UUID eventId) throws SQLException {
        Owner owner = owner(eventId);
        return owner == null ? null : owner.owner();
    }

    /** A single number from SQL ({@code count(*)}, say), with positional parameters. */
    long count(String sql, Object... params) throws SQLException {
        try (Connection connection = connection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Rows of two columns as a map (the first column as the key), with positional parameters. */
    Map<Object, Object> pairs(String sql, Object... params) throws SQLException {
        Map<Object, Object> pairs = new HashMap<>();
        try (Connection connection = connection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pairs.put(rows.getObject(1), rows.getObject(2));
                }
            }
        }
        return pairs;
    }

    Connection connection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path work = Files.createDirectories(Path.of("target", name).toAbsolutePath());
        // each process's pool holds up to 30 + 2 connections
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
        int port = postgres.getPort();
        for (String ownerId : ownerIds) {
            Map<String, String> own = new HashMap<>(env);
            own.put("QUIZCAST_OWNER_ID", ownerId);
            services.add(new ServiceProcess("jdbc:postgresql://localhost:" + port + "/postgres",
                    "postgresql://localhost:" + port + "/postgres", work,
                    List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), own));
        }
        // started together, as pods are (Flyway's lock orders their migrations)
        ExecutorService starters = Executors.newFixedThreadPool(services.size());
        try {
            CompletableFuture.allOf(services.stream().map(s -> CompletableFuture.runAsync(s::start, starters))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            starters.shutdownNow();
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceProcess s = services.get(i);
            System.out.printf("%s: %s on port %d, ready after %d ms, log %s%n", name, ownerIds.get(i), s.port(),
                    s.readyAfterMs(), s.log());
        }
        RestAssured.port = services.get(0).port();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        for (ServiceProcess service : services) {
            if (service.isPaused()) {
                service.resume();
            }
            if (!service.isAlive()) {
                service.start();
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            services.forEach(ServiceProcess::kill);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            RestAssured.reset();
        }
    }

    /**
     * Hands the event's row to {@code ownerId} (epoch + 1) the way no process would: in SQL, with no notice, right
     * after the current owner renewed its lease (so its next renewal is a third of the lease away). The old owner can
     * then learn it only from a fenced write.
     */
    Owner handOverSilently(UUID eventId, String ownerId, Duration lease) throws SQLException {
        Owner before = owner(eventId);
        await().alias("a renewal of the lease of " + before.owner()).atMost(lease).pollInterval(Duration.ofMillis(5))
                .until(() -> !before.expiresAt().equals(owner(eventId).expiresAt()));
        try (Connection connection = connection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE event_owners SET owner = ?, epoch = epoch + 1 WHERE event_id = ?")) {
            update.setString(1, ownerId);
            update.setObject(2, eventId);
            update.executeUpdate();
        }
        return owner(eventId);
    }

    /** A row of {@code event_owners}: who owns the event, at which epoch, whether its lease still runs, until when. */
    record Owner(String owner, long epoch, boolean leased, OffsetDateTime expiresAt) {
    }
}
