package io.quizcast.common.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Live notices across processes: a REST write publishes its notice with {@code pg_notify} in its own transaction
 * (PostgreSQL delivers it at the commit, to every process, this one included); each process fires what it hears as
 * a CDI event, and the one that runs the event's room tells its sockets. The payload is the notice's ids and short
 * fields (names, a flag, a time), never a document: far below PostgreSQL's 8,000-byte limit.
 */
@Startup
@ApplicationScoped
public class LiveNotices {

    static final String CHANNEL = "quizcast_notices";
    // PostgreSQL refuses payloads of 8,000 bytes or more; ours are a few hundred
    static final int MAX_PAYLOAD_BYTES = 7_900;

    private static final Logger LOG = Logger.getLogger(LiveNotices.class);

    private final ObjectMapper mapper;
    private final Event<LiveNotice> local;

    private final io.quizcast.common.sql.PooledStatements statements;

    LiveNotices(ObjectMapper mapper, Event<LiveNotice> local, PgChannels channels,
            io.quizcast.common.sql.PooledStatements statements) {
        this.mapper = mapper;
        this.local = local;
        this.statements = statements;
        channels.listen(CHANNEL, this::heard);
    }

    /** Publishes the notice in the caller's session and transaction: it is delivered only if that commits. */
    public Uni<Void> publish(LiveNotice notice) {
        String payload = encode(notice);
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT 1 FROM pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL).setParameter("payload", payload).getSingleResult())
                .replaceWithVoid();
    }

    /** Publishes the notice at once, in a statement of its own (no transaction to wait for). */
    public Uni<Void> publishNow(LiveNotice notice) {
        return statements.query("SELECT pg_notify($1, $2)", io.vertx.mutiny.sqlclient.Tuple.of(CHANNEL, encode(notice)))
                .replaceWithVoid();
    }

    /** Publishes the notice in a transaction of the plain pool: delivered only if that commits. */
    public Uni<Void> publishIn(io.vertx.mutiny.sqlclient.SqlClient tx, LiveNotice notice) {
        return tx.preparedQuery("SELECT pg_notify($1, $2)").execute(io.vertx.mutiny.sqlclient.Tuple.of(CHANNEL,
                encode(notice))).replaceWithVoid();
    }

    String encode(LiveNotice notice) {
        try {
            String payload = mapper.writeValueAsString(notice);
            if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
                throw new IllegalArgumentException("a live notice over " + MAX_PAYLOAD_BYTES + " bytes: " + notice);
            }
            return payload;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + notice, e);
        }
    }

    private void heard(String payload) {
        try {
            local.fireAsync(mapper.readValue(payload, LiveNotice.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("a live notice that is not one: %s (%s)", payload, e.getOriginalMessage());
        }
    }
}
