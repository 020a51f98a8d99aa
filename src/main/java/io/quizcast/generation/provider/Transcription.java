package io.quizcast.generation.provider;

/** The text of one audio file, its length in seconds and its language when the provider says. */
public record Transcription(String text, Double audioSeconds, String language) {
}
