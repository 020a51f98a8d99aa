package io.quizcast.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The contract's error body: the same text under three keys, a stable code, and field errors for 422. */
@RegisterForReflection // serialised by Jackson in the native image
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String detail, String error, String message, String code, List<FieldError> errors) {

    public static ApiError of(String code, String text) {
        return new ApiError(text, text, text, code, null);
    }

    public static ApiError validation(String text, List<FieldError> errors) {
        return new ApiError(text, text, text, ErrorCode.VALIDATION_FAILED, errors);
    }
}
