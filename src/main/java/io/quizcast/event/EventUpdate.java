package io.quizcast.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The body of PUT /api/quizzes/{id}: absent fields stay as they are. {@code question_gen_interval_seconds}
 * is an Optional so that an explicit null (clear it) differs from an absent field (keep it).
 */
@RegisterForReflection // deserialised by Jackson in the native image
public record EventUpdate(
        @Size(min = 1, max = 255, message = "must be 1 to 255 characters") @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
        @Size(max = 5000, message = "must be at most 5000 characters") String description,
        @Pattern(regexp = "listen_only|normal", message = "must be listen_only or normal") String mode,
        @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer numFakeAnswers,
        @Min(value = 5, message = "must be 5 to 300") @Max(value = 300, message = "must be 5 to 300") Integer timePerQuestion,
        @Min(value = 1, message = "must be 1 to 20") @Max(value = 20, message = "must be 1 to 20") Integer questionsToGenerate,
        Optional<@Min(value = 10, message = "must be 10 to 300") @Max(value = 300, message = "must be 10 to 300") Integer> questionGenIntervalSeconds,
        @Pattern(regexp = "remix|skip", message = "must be remix or skip") String singleSegmentMode,
        @Pattern(regexp = "waiting|active|finished", message = "must be waiting, active or finished") String status) {
}
