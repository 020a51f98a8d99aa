package io.quizcast.generation.job.service;

/** A job that cannot succeed as it stands (no speech, audio too large, output that fails the checks): it fails. */
public class JobFailure extends RuntimeException {

    private final String code;

    public JobFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
