package io.quizcast.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.common.sql.ConnectionWarmer;
import io.quizcast.participant.repository.JoinWarming;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pool's first connections are opened before readiness says up, never the whole pool at once. */
@QuarkusTest
class WarmPoolTest {

    @Inject
    WarmPool warmPool;

    @Inject
    Pool pool;

    @Test
    void theFirstConnectionsAreOpenOnceReady() {
        given().when().get("/q/health/ready").then().statusCode(200);
        assertThat(warmPool.isWarm()).isTrue();
    }

    @Test
    void warmingOpensThatManyConnectionsAtOnceAndNeverTheWholePool() {
        // the pool may have lost its first ones since (an outage test before this one): a warming of its own
        assertThat(new WarmPool(pool, 12, 30, List.of()).warm().await().atMost(Duration.ofSeconds(10))).isTrue();
        assertThat(openConnections()).as("connections open to the database").isGreaterThanOrEqualTo(12);
        // a pool of 2 would wait for ever for the second of two held together: one is warmed
        assertThat(new WarmPool(pool, 10, 2, List.of()).warm().await().atMost(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void everyWarmedConnectionRunsTheFeaturesStatementsFirst() {
        // each warmed backend renames itself: the statements ran on every one of them, not on one connection
        String name = "warmed-" + UUID.randomUUID().toString().substring(0, 8);
        ConnectionWarmer.Statement rename = new ConnectionWarmer.Statement(
                "SELECT set_config('application_name', $1, false)", List.of(name));
        assertThat(new WarmPool(pool, 5, 30, List.of(rename)).warm().await().atMost(Duration.ofSeconds(10)))
                .isTrue();
        assertThat(pool.preparedQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1")
                .execute(Tuple.of(name)).await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0))
                .isEqualTo(5);
    }

    @Test
    void theJoinsWarmingStatementsRunOnTheRealSchema() {
        assertThat(new WarmPool(pool, 2, 30, new JoinWarming().warmingStatements()).warm().await()
                .atMost(Duration.ofSeconds(10))).isTrue();
    }

    private long openConnections() {
        return pool.query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND backend_type = 'client backend'").execute().await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
