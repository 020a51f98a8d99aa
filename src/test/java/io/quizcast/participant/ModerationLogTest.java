package io.quizcast.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A refused name is stored nowhere: not even in the join attempts' log, which keeps every other refusal. */
@QuarkusTest
class ModerationLogTest {

    @Inject
    Pool pool;

    @Test
    void aRefusedNameIsNotLoggedWhileAnotherRefusalIs() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        for (String name : new String[]{"Sh1thead", "Ann"}) {
            given().contentType(ContentType.JSON).body(Map.of("code", event.joinCode(), "deviceFingerprint",
                    UUID.randomUUID().toString(), "display_name", name)).post("/api/events/join");
        }
        given().header("Authorization", event.host().bearer()).post("/api/quizzes/" + event.id() + "/complete")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("code", event.joinCode(), "deviceFingerprint",
                UUID.randomUUID().toString(), "display_name", "Late")).post("/api/events/join").then()
                .statusCode(409);
        assertThat(Sql.rows(pool, "SELECT display_name, outcome FROM join_attempts WHERE event_id = $1", event.id())
                .stream().map(r -> r.getString("display_name") + ":" + r.getString("outcome")).toList())
                .containsExactlyInAnyOrder("Ann:joined", "Late:event_ended");
    }
}
