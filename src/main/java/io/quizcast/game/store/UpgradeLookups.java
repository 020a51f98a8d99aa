package io.quizcast.game.store;

import io.quizcast.common.sql.PooledStatements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The WebSocket upgrade's statements: one each, on the plain pool (no ORM session on the upgrade's path). */
@ApplicationScoped
public class UpgradeLookups {

    /** The participant holding a session token and that participant's event; both null when nobody holds it. */
    public record TokenHolder(UUID participantId, UUID eventId) {
    }

    private final PooledStatements statements;

    UpgradeLookups(PooledStatements statements) {
        this.statements = statements;
    }

    /** The holder of a session token (by its hash), looked up with the event in one statement; null: no such event. */
    public Uni<TokenHolder> tokenHolder(UUID eventId, String tokenHash) {
        return statements.query("""
                SELECT p.id, p.event_id FROM events e
                LEFT JOIN event_participants p ON p.session_token_hash = $2
                WHERE e.id = $1""", Tuple.of(eventId, tokenHash))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new TokenHolder(row.getUUID("id"), row.getUUID("event_id"));
                });
    }
}
