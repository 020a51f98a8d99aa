package io.quizcast.generation.job;

/** What a job writes questions from: the recorded talk, pasted notes, or a topic. */
public enum JobSource {

    AUDIO,
    NOTES,
    TOPIC;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static JobSource of(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }
}
