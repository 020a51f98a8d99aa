package io.quizcast.generation.provider;

import com.fasterxml.jackson.core.JacksonException;
import io.vertx.core.VertxException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/** A provider call that failed, classified for retries and for the job's error_code; never carries the API key. */
public class ProviderFailure extends RuntimeException {

    /** What went wrong, as far as retrying and the job are concerned. */
    public enum Kind {

        /** 401/403: a wrong or missing key, or a model the key may not use; retrying cannot help. */
        UNAUTHORIZED("provider_unauthorized", false),
        /** 400/404/413/422 and other 4xx: the request itself is wrong (model name, schema, file too large). */
        BAD_REQUEST("provider_bad_request", false),
        /** 429. */
        RATE_LIMITED("rate_limited", true),
        /** 5xx, a refused or reset connection. */
        UNAVAILABLE("provider_unavailable", true),
        /** No answer within the endpoint's timeout (or 408). */
        TIMEOUT("provider_timeout", true),
        /** A 2xx whose body is not the expected JSON. */
        INVALID_RESPONSE("provider_invalid_response", false);

        private final String code;
        private final boolean retryable;

        Kind(String code, boolean retryable) {
            this.code = code;
            this.retryable = retryable;
        }

        public String code() {
            return code;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;

    public ProviderFailure(Kind kind, int status, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** The failure of an HTTP status of 300 or more; {@code detail} is the provider's message, already redacted. */
    public static ProviderFailure ofStatus(String endpoint, int status, String detail, Optional<Duration> retryAfter) {
        String message = endpoint + ": HTTP " + status + (detail == null || detail.isBlank() ? "" : " " + detail);
        return new ProviderFailure(kindOf(status), status, message, retryAfter.orElse(null), null);
    }

    /** The failure of a call that got no HTTP answer; anything not from the network (a bug) is returned as is. */
    public static Throwable ofException(String endpoint, Throwable error) {
        if (error instanceof ProviderFailure failure) {
            return failure;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                // writing our own request failed (Jackson's exceptions are IOExceptions too): a bug, not the network
                return error;
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return new ProviderFailure(Kind.TIMEOUT, 0, endpoint + ": no answer in time", null, error);
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            // ConnectException, SocketException (reset), UnknownHostException, SSL errors; Vert.x's closed connections
            if (t instanceof IOException || t instanceof VertxException) {
                return new ProviderFailure(Kind.UNAVAILABLE, 0, endpoint + ": " + describe(t), null, error);
            }
        }
        return error;
    }

    /** A 2xx whose body could not be read. */
    public static ProviderFailure invalidResponse(String endpoint, String why, Throwable cause) {
        return new ProviderFailure(Kind.INVALID_RESPONSE, 200, endpoint + ": unexpected answer (" + why + ")", null,
                cause);
    }

    /** No answer within the endpoint's timeout. */
    public static ProviderFailure timeout(String endpoint, Duration timeout) {
        return new ProviderFailure(Kind.TIMEOUT, 0, endpoint + ": no answer within " + timeout.toMillis() + " ms", null,
                null);
    }

    static Kind kindOf(int status) {
        if (status == 401 || status == 403) {
            return Kind.UNAUTHORIZED;
        }
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status == 408) {
            return Kind.TIMEOUT;
        }
        // 409: OpenAI's own clients retry it (a conflict on their side, e.g. a concurrent update)
        if (status >= 500 || status == 409) {
            return Kind.UNAVAILABLE;
        }
        // 3xx too: the client follows no redirects, so a redirect means a wrong base URL
        return Kind.BAD_REQUEST;
    }

    /** The same failure as rate_limited: the provider asked for a wait longer than a retry may take. */
    public ProviderFailure asRateLimited() {
        return kind == Kind.RATE_LIMITED ? this
                : new ProviderFailure(Kind.RATE_LIMITED, status, getMessage(), retryAfter, getCause());
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind.retryable();
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** How long the provider asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The job's error_code. */
    public String code() {
        return kind.code();
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
