package io.quizcast.common.error;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One failed field of a 422 response. */
@RegisterForReflection // serialised by Jackson in the native image
public record FieldError(String field, String message) {
}
