package io.quizcast.generation.quiz;

import java.util.List;

/** The model's answer cannot be read as questions; {@link #problems()} says why, in words a repair call can use. */
public class InvalidOutput extends RuntimeException {

    private final List<String> problems;

    public InvalidOutput(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
