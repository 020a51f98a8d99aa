package io.quizcast.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quizcast.common.json.NulCharacterException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become the contract's error body; nothing else writes error responses. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        if (e instanceof ApiException.ValidationException v) {
            return respond(422, ApiError.validation(e.getMessage(), v.errors()));
        }
        Response response = respond(e.status(), ApiError.of(e.code(), e.getMessage()));
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return api(new ApiException.ValidationException(errors));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(401, ApiError.of(ErrorCode.UNAUTHORIZED, "Not authenticated"));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(401, ApiError.of(ErrorCode.UNAUTHORIZED, "Invalid or expired token"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, ApiError.of(ErrorCode.FORBIDDEN, "Not allowed"));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            // a complete value followed by more: the body is not one JSON value
            return malformedJson(e);
        }
        String problem = e instanceof NulCharacterException ? NulCharacterException.MESSAGE : "has the wrong type";
        String field = fieldOf(e);
        return api(new ApiException.ValidationException(List.of(new FieldError(field, problem))));
    }

    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("No fallback setter/field defined for creator")) {
            // a record's field given twice, under its name and its alias (device_fingerprint and deviceFingerprint)
            return api(new ApiException.ValidationException(
                    List.of(new FieldError(fieldOf(e), "is given twice, under two names"))));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(400, ApiError.of(ErrorCode.BAD_REQUEST, "Malformed JSON body"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // the JSON reader wraps parse failures in a 400; unwrap them to say what was wrong
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch);
        }
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(status, ApiError.of(ErrorCode.INTERNAL, "Internal server error"));
        }
        return respond(status, ApiError.of(codeFor(status), textFor(status)));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.toString());
            return respond(503, ApiError.of(ErrorCode.UNAVAILABLE, "Database unavailable, try again"));
        }
        LOG.error("Unexpected failure", e);
        return respond(500, ApiError.of(ErrorCode.INTERNAL, "Internal server error"));
    }

    static Response respond(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static String codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 409 -> ErrorCode.CONFLICT;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.RATE_LIMITED;
            default -> ErrorCode.BAD_REQUEST;
        };
    }

    static String textFor(int status) {
        return switch (status) {
            case 401 -> "Not authenticated";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            default -> "Bad request";
        };
    }

    /** The JSON path of a mapping failure: {@code questions.0.correct_answer}, or {@code body} at the root. */
    private static String fieldOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .reduce((a, b) -> a + "." + b).orElse("body");
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        String name = dot >= 0 ? path.substring(dot + 1) : path;
        // report the JSON name the client sent (snake_case), not the Java one; strip container markers
        return name.replaceAll("<.*>|\\[.*]", "").replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
