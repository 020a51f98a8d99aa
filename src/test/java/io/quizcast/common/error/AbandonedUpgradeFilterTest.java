package io.quizcast.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only Vert.x's second completion of an abandoned upgrade is quieted; anything else stays an ERROR. */
class AbandonedUpgradeFilterTest {

    @Test
    void theUpgradesDoubleCompletionIsRecognisedAndNothingElse() {
        IllegalStateException race = failure("Result is already complete",
                "io.vertx.core.http.impl.Http1xServerConnection",
                "lambda$createWebSocket$3");
        assertThat(AbandonedUpgradeFilter.isAbandonedUpgrade(race)).isTrue();
        assertThat(AbandonedUpgradeFilter.isAbandonedUpgrade(failure("Result is already complete",
                "io.vertx.sqlclient.impl.pool.SqlConnectionPool", "lambda$acquire$1"))).as("another double completion")
                .isFalse();
        assertThat(AbandonedUpgradeFilter.isAbandonedUpgrade(failure("something else",
                "io.vertx.core.http.impl.Http1xServerConnection", "lambda$createWebSocket$3"))).isFalse();
        assertThat(AbandonedUpgradeFilter.isAbandonedUpgrade(new RuntimeException("Result is already complete")))
                .isFalse();
    }

    private static IllegalStateException failure(String message, String className, String method) {
        IllegalStateException e = new IllegalStateException(message);
        e.setStackTrace(new StackTraceElement[]{new StackTraceElement("io.vertx.core.Promise", "complete", null, 67),
                new StackTraceElement(className, method, null, 342)});
        return e;
    }
}
