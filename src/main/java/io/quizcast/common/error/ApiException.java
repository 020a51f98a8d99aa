package io.quizcast.common.error;

/** A rule violation with its HTTP status and contract code; services throw it, the mapper renders it. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Seconds a client should wait before trying again (a Retry-After header), or null. */
    public Long retryAfterSeconds() {
        return null;
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, ErrorCode.NOT_FOUND, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, ErrorCode.FORBIDDEN, message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, ErrorCode.UNAUTHORIZED, message);
    }

    public static ApiException invalid(String field, String message) {
        return new ValidationException(java.util.List.of(new FieldError(field, message)));
    }

    /** A 422 carrying its field errors. */
    public static final class ValidationException extends ApiException {

        private final java.util.List<FieldError> errors;

        public ValidationException(java.util.List<FieldError> errors) {
            super(422, ErrorCode.VALIDATION_FAILED, errors.isEmpty() ? "Validation failed"
                    : errors.get(0).field() + ": " + errors.get(0).message());
            this.errors = errors;
        }

        public java.util.List<FieldError> errors() {
            return errors;
        }
    }
}
