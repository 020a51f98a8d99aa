package io.quizcast.participant.repository;

import io.quizcast.common.sql.ConnectionWarmer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * A join's two reads, for no event and no device, on each of the pool's first connections: measured with psql on an
 * idle database, a fresh backend's first join took 12.6-17.1 ms and its second 1.4-2.5 ms; after these two reads the
 * first took 4.9-5.4 ms. Under load the native executable's first ten joins took 75-100 ms against at most 16-31 ms
 * for the next ninety (docs/BENCHMARKS.md, scenario warm-up, `first-wave` and `join-warmup`).
 */
@ApplicationScoped
public class JoinWarming implements ConnectionWarmer {

    private static final UUID NONE = new UUID(0, 0);

    @Override
    public List<Statement> warmingStatements() {
        return List.of(new Statement(JoinStatements.EVENT_BY_CODE, List.of("")),
                new Statement("SELECT " + ParticipantRows.COLUMNS + JoinStatements.DEVICE_PRESENCE,
                        List.of(NONE, NONE)));
    }
}
