package io.quizcast.common.error;

/** Stable machine codes of error bodies; clients switch on these, never on the text. */
public final class ErrorCode {

    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not_found";
    public static final String CONFLICT = "conflict";
    public static final String BAD_REQUEST = "bad_request";
    public static final String VALIDATION_FAILED = "validation_failed";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String NOT_SUPPORTED = "not_supported";
    public static final String UNAVAILABLE = "unavailable";
    public static final String INTERNAL = "internal_error";
    public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
    public static final String PAYLOAD_TOO_LARGE = "payload_too_large";

    private ErrorCode() {
    }
}
