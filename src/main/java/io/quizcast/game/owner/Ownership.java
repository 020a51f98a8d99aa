package io.quizcast.game.owner;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quizcast.common.notify.PgChannels;
import io.quizcast.common.sql.PooledStatements;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.room.Hub;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Which live events this process runs, decided in PostgreSQL's {@code event_owners}: a socket that arrives here takes
 * its event over (the epoch goes up and the old owner hears it through NOTIFY), the claims are renewed every third
 * of the lease, and a claim found lost (by a notice, the renewal or a fenced write) drops the event's room here, which
 * closes its sockets with 1001 so they reconnect to the new owner.
 */
@Startup
@ApplicationScoped
public class Ownership {

    static final String CHANNEL = "quizcast_owners";

    private static final Logger LOG = Logger.getLogger(Ownership.class);

    // the claim's epoch, and when it was asked for (a renewal that started before it cannot speak for it)
    private record Claim(long epoch, long sinceNanos) {
    }

    // the row is locked FOR UPDATE first: that waits for the writes in flight (their fences hold FOR KEY SHARE),
    // which the upsert's own lock would not (it changes no key column)
    private static final String TAKE_OVER = """
            WITH locked AS (SELECT event_id FROM event_owners WHERE event_id = $1 FOR UPDATE),
            taken AS (
                INSERT INTO event_owners AS o (event_id, owner, epoch, expires_at)
                SELECT $1, $2, 1, now() + make_interval(secs => $3) FROM (SELECT count(*) FROM locked) waited
                WHERE EXISTS (SELECT 1 FROM events WHERE id = $1)
                ON CONFLICT (event_id) DO UPDATE SET owner = EXCLUDED.owner, epoch = o.epoch + 1,
                    expires_at = EXCLUDED.expires_at, acquired_at = now()
                RETURNING event_id, owner, epoch)
            SELECT epoch, pg_notify($4, event_id::text || ' ' || epoch || ' ' || owner) FROM taken""";
    private static final String CONFIRM = """
            UPDATE event_owners SET expires_at = now() + make_interval(secs => $3)
            WHERE event_id = $1 AND owner = $2 AND epoch = $4""";
    private static final String RENEW = """
            UPDATE event_owners SET expires_at = now() + make_interval(secs => $2)
            WHERE owner = $1 AND event_id = ANY($3) RETURNING event_id, epoch""";
    private static final String RELEASE = """
            UPDATE event_owners SET expires_at = now() WHERE event_id = $1 AND owner = $2 AND epoch = $3""";

    private final ConcurrentHashMap<UUID, Claim> claims = new ConcurrentHashMap<>();
    // the newest epoch another process announced for each event lately: a notice can overtake the result of this
    // process's own take-over, and must not be missed for it (entries older than a lease are dropped)
    private final ConcurrentHashMap<UUID, Claim> elsewhere = new ConcurrentHashMap<>();
    private final PooledStatements statements;
    private final Hub hub;
    private final String ownerId;
    private final double leaseSeconds;
    private final long leaseNanos;
    private final Vertx vertx;
    private final long renewal;

    Ownership(PooledStatements statements, Hub hub, PgChannels channels, Vertx vertx, QuizcastConfig config) {
        this.statements = statements;
        this.hub = hub;
        this.ownerId = config.owner().id().orElseGet(Ownership::defaultId);
        this.leaseSeconds = config.owner().lease().toMillis() / 1000.0;
        this.leaseNanos = config.owner().lease().toNanos();
        channels.listen(CHANNEL, this::onNotice);
        this.vertx = vertx;
        this.renewal = vertx.setPeriodic(Math.max(100, config.owner().lease().toMillis() / 3), id -> renew());
        hub.onEvicted(this::release);
        LOG.infof("This process runs live events as owner %s (lease %.1f s)", ownerId, leaseSeconds);
    }

    /**
     * Shutting down: no renewal after this (one that fired once the beans were gone would reach a pool that is no
     * longer there, an error in the log of every stop that came at the wrong moment; UpgradeStormIT saw it).
     */
    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(renewal);
    }

    public String ownerId() {
        return ownerId;
    }

    /** The epoch this process holds the event with, or null when it does not run it. */
    public Long epochOf(UUID eventId) {
        Claim claim = claims.get(eventId);
        return claim == null ? null : claim.epoch;
    }

    /**
     * Takes the event over for this process, whoever held it, on the given connection (the statements pipelined
     * after it read what it fenced): returns the new epoch (the old owner is fenced), or null when there is no such
     * event.
     */
    public Uni<Long> takeOver(UUID eventId, SqlClient connection) {
        long since = System.nanoTime();
        return connection.preparedQuery(TAKE_OVER).execute(Tuple.of(eventId, ownerId, leaseSeconds, CHANNEL))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    long epoch = rows.iterator().next().getLong(0);
                    claims.put(eventId, new Claim(epoch, since));
                    Claim other = elsewhere.get(eventId);
                    if (other != null && other.epoch > epoch) {
                        lost(eventId, epoch);
                    }
                    return epoch;
                });
    }

    /** Renews a claim this process holds already (a room reloaded here): fails with OwnershipLost when it is gone. */
    public Uni<Void> confirm(UUID eventId, long epoch, SqlClient connection) {
        return connection.preparedQuery(CONFIRM).execute(Tuple.of(eventId, ownerId, leaseSeconds, epoch)).map(rows -> {
            if (rows.rowCount() == 0) {
                lost(eventId, epoch);
                throw new OwnershipLost(eventId);
            }
            return null;
        });
    }

    /** The event was taken from this process at or after {@code epoch}: forget the claim and drop the room. */
    public void lost(UUID eventId, long epoch) {
        Claim claim = claims.get(eventId);
        if (claim != null && claim.epoch <= epoch && claims.remove(eventId, claim)) {
            LOG.infof("event %s is now run by another process (epoch %d here): closing its sockets here", eventId,
                    claim.epoch);
        }
        hub.moveAway(eventId, epoch);
    }

    private void onNotice(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length < 3 || parts[2].equals(ownerId)) {
            return;
        }
        UUID eventId = UUID.fromString(parts[0]);
        long epoch = Long.parseLong(parts[1]);
        elsewhere.merge(eventId, new Claim(epoch, System.nanoTime()), (a, b) -> a.epoch >= b.epoch ? a : b);
        Claim claim = claims.get(eventId);
        if (claim != null && claim.epoch < epoch) {
            lost(eventId, epoch - 1);
        }
    }

    private void renew() {
        long now = System.nanoTime();
        elsewhere.values().removeIf(c -> now - c.sinceNanos > leaseNanos);
        if (claims.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Map<UUID, Claim> held = new HashMap<>(claims);
        UUID[] ids = held.keySet().toArray(new UUID[0]);
        statements.query(RENEW, Tuple.of(ownerId, leaseSeconds, ids)).subscribe().with(rows -> {
            Set<String> kept = new HashSet<>();
            for (Row row : rows) {
                kept.add(row.getUUID(0) + "/" + row.getLong(1));
            }
            held.forEach((eventId, claim) -> {
                if (claim.sinceNanos - started < 0 && !kept.contains(eventId + "/" + claim.epoch)) {
                    lost(eventId, claim.epoch);
                }
            });
        }, failure -> LOG.debugf("the owner's renewal failed (%s); next try in a third of the lease", failure));
    }

    // the room was evicted here: the claim ends now, so nothing waits for it (a socket would take it over anyway)
    private void release(UUID eventId, long epoch) {
        Claim claim = claims.get(eventId);
        if (claim == null || claim.epoch != epoch || !claims.remove(eventId, claim)) {
            return;
        }
        statements.query(RELEASE, Tuple.of(eventId, ownerId, epoch)).subscribe().with(rows -> {
        }, failure -> LOG.debugf("releasing event %s failed (%s); it expires by itself", eventId, failure));
    }

    private static String defaultId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "quizcast");
        byte[] suffix = new byte[4];
        new SecureRandom().nextBytes(suffix);
        StringBuilder id = new StringBuilder(host.length() > 100 ? host.substring(0, 100) : host).append('-');
        for (byte b : suffix) {
            id.append(String.format("%02x", b));
        }
        return id.toString();
    }
}
