package io.quizcast.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Pattern(regexp = "waiting|active|finished", message = "must be waiting, active or finished") String status,
        @Schema(description = "Seconds a question shows before its answers open, 0 to 10 (default 0)") @Min(value = 0, message = "must be 0 to 10") @Max(value = 10, message = "must be 0 to 10") Integer readingTime,
        @Schema(description = "Reveal by itself when the time is up or every player answered (default false)") Boolean autoReveal,
        @Schema(description = "Seconds after a reveal, and after a leaderboard, before the game moves on by itself; 0 (the default) waits for the host") @Min(value = 0, message = "must be 0 to 120") @Max(value = 120, message = "must be 0 to 120") Integer autoAdvance,
        @Schema(description = "Consecutive correct answers earn a bonus (default false; see docs/decisions.md)") Boolean streakBonus,
        @Schema(description = "Shuffle each question's answers for each play (default true)") Boolean shuffleAnswers,
        @Schema(description = "Words no display name of the event may hold, beside the built-in lists (at most 200, each at most 50 characters); seen only by the host") @Size(max = 200, message = "must hold at most 200 words") List<@Size(max = 50, message = "must be at most 50 characters") String> blockedWords,
        @Schema(description = "The colour set of the big screen and the phones: classic, ocean, forest, sunset or berry") @Pattern(regexp = EventTheme.NAMES, message = EventTheme.MESSAGE) String theme,
        @Schema(description = "The logo shown on the big screen and the phones: the id of an image uploaded to the event (POST /api/events/{id}/images); null removes it") Optional<UUID> logoImageId) {
}
