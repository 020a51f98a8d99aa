package io.quizcast.generation.quiz;

import java.util.List;

/** The questions that passed the checks, in the model's order, and what was wrong with the others. */
public record Checked(List<Accepted> accepted, List<String> problems) {

    public Checked {
        accepted = List.copyOf(accepted);
        problems = List.copyOf(problems);
    }
}
