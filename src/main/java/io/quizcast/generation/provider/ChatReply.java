package io.quizcast.generation.provider;

/**
 * The model's answer (the JSON text, unchecked), the tokens it cost when the provider says, and why it stopped
 * ({@code stop}, or {@code length} when cut at max_completion_tokens).
 */
public record ChatReply(String content, Integer promptTokens, Integer completionTokens, String finishReason) {
}
