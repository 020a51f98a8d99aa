package io.quizcast.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/quizzes; absent settings take the contract's defaults. */
@RegisterForReflection // deserialised by Jackson in the native image
public record EventCreate(
        @NotBlank(message = "is required") @Size(max = 255, message = "must be 1 to 255 characters") String title,
        @Size(max = 5000, message = "must be at most 5000 characters") String description,
        @Pattern(regexp = "listen_only|normal", message = "must be listen_only or normal") String mode,
        @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer numFakeAnswers,
        @Min(value = 5, message = "must be 5 to 300") @Max(value = 300, message = "must be 5 to 300") Integer timePerQuestion,
        @Min(value = 1, message = "must be 1 to 20") @Max(value = 20, message = "must be 1 to 20") Integer questionsToGenerate,
        @Min(value = 10, message = "must be 10 to 300") @Max(value = 300, message = "must be 10 to 300") Integer questionGenIntervalSeconds,
        @Pattern(regexp = "remix|skip", message = "must be remix or skip") String singleSegmentMode,
        @Schema(description = "Seconds a question shows before its answers open, 0 to 10 (default 0)") @Min(value = 0, message = "must be 0 to 10") @Max(value = 10, message = "must be 0 to 10") Integer readingTime,
        @Schema(description = "Reveal by itself when the time is up or every player answered (default false)") Boolean autoReveal,
        @Schema(description = "Seconds after a reveal, and after a leaderboard, before the game moves on by itself; 0 (the default) waits for the host") @Min(value = 0, message = "must be 0 to 120") @Max(value = 120, message = "must be 0 to 120") Integer autoAdvance,
        @Schema(description = "Consecutive correct answers earn a bonus (default false; see docs/decisions.md)") Boolean streakBonus,
        @Schema(description = "Shuffle each question's answers for each play (default true)") Boolean shuffleAnswers,
        @Schema(description = "Words no display name of the event may hold, beside the built-in lists (at most 200, each at most 50 characters); seen only by the host") @Size(max = 200, message = "must hold at most 200 words") List<@Size(max = 50, message = "must be at most 50 characters") String> blockedWords,
        @Schema(description = "The colour set of the big screen and the phones: classic (the default), ocean, forest, sunset or berry") @Pattern(regexp = EventTheme.NAMES, message = EventTheme.MESSAGE) String theme) {
}
