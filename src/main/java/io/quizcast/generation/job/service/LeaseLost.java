package io.quizcast.generation.job.service;

/** This process no longer holds the job (cancelled, or taken over after its lease ran out): it stops, writing nothing. */
public class LeaseLost extends RuntimeException {

    public LeaseLost() {
        super("the job's lease was lost", null, false, false);
    }
}
