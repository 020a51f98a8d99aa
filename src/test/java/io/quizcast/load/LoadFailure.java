package io.quizcast.load;

/** A run that cannot go on: the target is down, refused a set-up step, or a phase timed out entirely. */
public final class LoadFailure extends RuntimeException {

    public LoadFailure(String message) {
        super(message);
    }

    public LoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
