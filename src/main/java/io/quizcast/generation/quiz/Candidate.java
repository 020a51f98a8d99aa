package io.quizcast.generation.quiz;

import java.util.List;
import java.util.Objects;

/**
 * One question as the model wrote it, before any check: every field is there, with the type the schema asks for, and
 * nothing more is known.
 */
public record Candidate(String type, String question, String correctAnswer, List<String> wrongAnswers,
        String evidence) {

    public Candidate {
        wrongAnswers = wrongAnswers == null ? List.of() : wrongAnswers.stream().filter(Objects::nonNull).toList();
    }
}
