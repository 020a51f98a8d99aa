package io.quizcast.generation.job;

/** The step a job is at, with the progress it starts from. */
public enum JobStage {

    QUEUED(0),
    TRANSCRIBING(5),
    GENERATING(60),
    CHECKING(90),
    DONE(100);

    private final int progress;

    JobStage(int progress) {
        this.progress = progress;
    }

    public int progress() {
        return progress;
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static JobStage of(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }
}
