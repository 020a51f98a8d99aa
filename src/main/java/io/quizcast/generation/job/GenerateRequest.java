package io.quizcast.generation.job;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizcast.common.error.ApiException;

/** POST /api/segments/{sid}/generate: pasted notes, or a topic (exactly one). */
@RegisterForReflection // deserialised by Jackson in the native image
public record GenerateRequest(String notes, String topic) {

    public static final int MAX_NOTES_CHARS = 60_000;
    public static final int MIN_NOTES_CHARS = 50;
    public static final int MAX_TOPIC_CHARS = 300;

    /** The request's source and text once checked. */
    public record Checked(JobSource source, String text) {
    }

    public Checked check() {
        boolean hasNotes = notes != null && !notes.isBlank();
        boolean hasTopic = topic != null && !topic.isBlank();
        if (!hasNotes && !hasTopic) {
            throw ApiException.invalid("notes", "send notes (pasted text) or a topic");
        }
        if (hasNotes && hasTopic) {
            throw ApiException.invalid("topic", "send either notes or a topic, not both");
        }
        if (hasNotes) {
            String text = notes.strip();
            if (text.length() < MIN_NOTES_CHARS || text.length() > MAX_NOTES_CHARS) {
                throw ApiException.invalid("notes", "must be " + MIN_NOTES_CHARS + " to " + MAX_NOTES_CHARS
                        + " characters");
            }
            return new Checked(JobSource.NOTES, text);
        }
        String text = topic.strip();
        if (text.length() > MAX_TOPIC_CHARS) {
            throw ApiException.invalid("topic", "must be at most " + MAX_TOPIC_CHARS + " characters");
        }
        return new Checked(JobSource.TOPIC, text);
    }
}
