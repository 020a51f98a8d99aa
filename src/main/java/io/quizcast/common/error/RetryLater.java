package io.quizcast.common.error;

/** A refusal that says when to come back: a Retry-After header with the error's body (429, or 503). */
public final class RetryLater extends ApiException {

    private final long seconds;

    public RetryLater(int status, String code, long seconds, String message) {
        super(status, code, message);
        this.seconds = Math.max(1, seconds);
    }

    @Override
    public Long retryAfterSeconds() {
        return seconds;
    }
}
