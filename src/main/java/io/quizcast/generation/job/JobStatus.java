package io.quizcast.generation.job;

/** Where a generation job is: waiting, being worked on, or ended one of three ways. */
public enum JobStatus {

    QUEUED,
    RUNNING,
    DRAFTS_READY,
    FAILED,
    CANCELLED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static JobStatus of(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean live() {
        return this == QUEUED || this == RUNNING;
    }
}
