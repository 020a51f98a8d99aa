package io.quizcast.generation.quiz;

import java.util.List;
import java.util.Objects;

/**
 * One question as the model wrote it, before any check: every field is there, with the type the schema asks for, and
 * nothing more is known. {@code moreCorrectAnswers}: a multiple's other correct answers, a type_answer's other
 * accepted forms (empty when the model left the field out).
 */
public record Candidate(String type, String question, String correctAnswer, List<String> wrongAnswers,
        List<String> moreCorrectAnswers, String evidence) {

    public Candidate {
        wrongAnswers = wrongAnswers == null ? List.of() : wrongAnswers.stream().filter(Objects::nonNull).toList();
        moreCorrectAnswers = moreCorrectAnswers == null ? List.of()
                : moreCorrectAnswers.stream().filter(Objects::nonNull).toList();
    }

    /** A question with one correct answer (single, true_false). */
    public Candidate(String type, String question, String correctAnswer, List<String> wrongAnswers, String evidence) {
        this(type, question, correctAnswer, wrongAnswers, List.of(), evidence);
    }
}
