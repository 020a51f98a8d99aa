package io.quizcast.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import io.quizcast.generation.provider.ProviderFailure.Kind;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statuses and exceptions become the failure kinds that decide retries and the job's error_code. */
class ProviderFailureTest {

    @ParameterizedTest
    @CsvSource({
            "401, UNAUTHORIZED, provider_unauthorized, false",
            "403, UNAUTHORIZED, provider_unauthorized, false",
            "400, BAD_REQUEST, provider_bad_request, false",
            "404, BAD_REQUEST, provider_bad_request, false",
            "413, BAD_REQUEST, provider_bad_request, false",
            "422, BAD_REQUEST, provider_bad_request, false",
            "415, BAD_REQUEST, provider_bad_request, false",
            "302, BAD_REQUEST, provider_bad_request, false",
            "429, RATE_LIMITED, rate_limited, true",
            "408, TIMEOUT, provider_timeout, true",
            "409, UNAVAILABLE, provider_unavailable, true",
            "500, UNAVAILABLE, provider_unavailable, true",
            "502, UNAVAILABLE, provider_unavailable, true",
            "503, UNAVAILABLE, provider_unavailable, true",
            "504, UNAVAILABLE, provider_unavailable, true"})
    void aStatusIsClassified(int status, Kind kind, String code, boolean retryable) {
        ProviderFailure failure = ProviderFailure.ofStatus("chat", status, "detail", Optional.empty());

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.code()).isEqualTo(code);
        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.getMessage()).isEqualTo("chat: HTTP " + status + " detail");
    }

    @Test
    void aStatusKeepsTheWaitTheProviderAskedFor() {
        ProviderFailure failure = ProviderFailure.ofStatus("speech", 429, "", Optional.of(Duration.ofSeconds(7)));

        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(failure.getMessage()).isEqualTo("speech: HTTP 429");
    }

    @Test
    void aRefusedConnectionIsUnavailable() {
        Throwable failure = ProviderFailure.ofException("chat",
                new ProcessingException(new ConnectException("Connection refused: /127.0.0.1:9")));

        assertThat(failure).isInstanceOfSatisfying(ProviderFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(f.retryable()).isTrue();
            assertThat(f.status()).isZero();
            assertThat(f.retryAfter()).isEmpty();
            assertThat(f.getMessage()).isEqualTo("chat: ConnectException Connection refused: /127.0.0.1:9");
        });
    }

    @Test
    void aResetOrClosedConnectionOrAnUnknownHostIsUnavailable() {
        assertThat(kindOf(new SocketException("Connection reset"))).isEqualTo(Kind.UNAVAILABLE);
        assertThat(kindOf(new ProcessingException(new HttpClosedException("Connection was closed"))))
                .isEqualTo(Kind.UNAVAILABLE);
        assertThat(kindOf(new VertxException("Connection was closed", true))).isEqualTo(Kind.UNAVAILABLE);
        assertThat(kindOf(new UnknownHostException("ai.invalid"))).isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    void aTimeoutAnywhereInTheChainIsTimeout() {
        assertThat(kindOf(new TimeoutException())).isEqualTo(Kind.TIMEOUT);
        assertThat(kindOf(new ProcessingException(new VertxException(new TimeoutException("read timed out")))))
                .isEqualTo(Kind.TIMEOUT);
        assertThat(ProviderFailure.timeout("speech", Duration.ofSeconds(3)))
                .extracting(ProviderFailure::kind, ProviderFailure::code, Throwable::getMessage)
                .containsExactly(Kind.TIMEOUT, "provider_timeout", "speech: no answer within 3000 ms");
    }

    @Test
    void aProviderFailureStaysAsItIs() {
        ProviderFailure failure = ProviderFailure.ofStatus("chat", 500, "", Optional.empty());

        assertThat(ProviderFailure.ofException("chat", failure)).isSameAs(failure);
    }

    @Test
    void aBugIsNotAProviderFailure() {
        IllegalStateException bug = new IllegalStateException("bug");
        // Jackson's exceptions are IOExceptions, but one in writing our own request is ours to fix
        ProcessingException ourJson = new ProcessingException(new JsonParseException(null, "bad"));

        assertThat(ProviderFailure.ofException("chat", bug)).isSameAs(bug);
        assertThat(ProviderFailure.ofException("chat", ourJson)).isSameAs(ourJson);
    }

    @Test
    void anUnreadableAnswerIsInvalidResponseAndFinal() {
        ProviderFailure failure = ProviderFailure.invalidResponse("chat", "not JSON", null);

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.code()).isEqualTo("provider_invalid_response");
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void aLongWaitOfAnUnavailableProviderBecomesRateLimitedWithItsWait() {
        ProviderFailure unavailable = ProviderFailure.ofStatus("chat", 503, "", Optional.of(Duration.ofMinutes(5)));

        ProviderFailure later = unavailable.asRateLimited();

        assertThat(later.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(later.retryAfter()).contains(Duration.ofMinutes(5));
        assertThat(later.status()).isEqualTo(503);
    }

    private static Kind kindOf(Throwable error) {
        Throwable failure = ProviderFailure.ofException("chat", error);
        assertThat(failure).as("%s", error).isInstanceOf(ProviderFailure.class);
        return ((ProviderFailure) failure).kind();
    }
}
