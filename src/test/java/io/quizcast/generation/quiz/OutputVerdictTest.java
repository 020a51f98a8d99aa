package io.quizcast.generation.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.question.QuestionInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When an answer gets its one repair call, which answer is kept, and how a failure reads. */
class OutputVerdictTest {

    static final CheckContext DEFAULT_CONTEXT = new CheckContext(DraftChecksTest.DEFAULT_TALK,
            SourceKind.TRANSCRIPT, 2, 3, List.of());
    static final String GOOD = "{\"type\": \"single\", \"question\": \"How long did a full build take at first?\","
            + " \"correct_answer\": \"Forty minutes\", \"wrong_answers\": [\"Six minutes\", \"Two hours\", \"Ten"
            + " minutes\"], \"evidence\": \"a full build of the monorepo took forty minutes\"}";
    static final String OTHER = "{\"type\": \"true_false\", \"question\": \"Slow tests cost the most time.\","
            + " \"correct_answer\": \"false\", \"wrong_answers\": [], \"evidence\": \"flaky tests, not slow tests,"
            + " cost us the most time\"}";
    static final String BAD = "{\"type\": \"single\", \"question\": \"How much cheaper are ARM machines?\","
            + " \"correct_answer\": \"Thirty percent\", \"wrong_answers\": [\"Thirty percent\", \"Half\","
            + " \"Ten percent\"], \"evidence\": \"which are thirty percent cheaper\"}";

    private static String answer(String... questions) {
        return "{\"questions\": [" + String.join(", ", questions) + "]}";
    }

    private static Accepted accepted() {
        return new Accepted(QuestionInput.single("Q?", "A", List.of("B"), null), 1f, "e");
    }

    @Test
    void theRule() {
        assertThat(OutputVerdict.needsRepair(new Checked(List.of(), List.of("the answer is not JSON")), 2)).isTrue();
        assertThat(OutputVerdict.needsRepair(new Checked(List.of(accepted()), List.of("question 2: x")), 2))
                .isTrue();
        assertThat(OutputVerdict.needsRepair(new Checked(List.of(accepted(), accepted()), List.of("question 3: x")),
                2)).isFalse();
        assertThat(OutputVerdict.needsRepair(new Checked(List.of(accepted()), List.of()), 2)).isFalse();
    }

    @Test
    void anUnreadableAnswerNeedsARepair() {
        OutputVerdict verdict = OutputVerdict.of("Sorry, I can't.", DEFAULT_CONTEXT);

        assertThat(verdict.parsed()).isFalse();
        assertThat(verdict.needsRepair()).isTrue();
        assertThat(verdict.checked().problems()).containsExactly("the answer is not JSON");
    }

    @Test
    void anAnswerWithARefusedQuestionNeedsARepair() {
        OutputVerdict verdict = OutputVerdict.of(answer(GOOD, BAD), DEFAULT_CONTEXT);

        assertThat(verdict.parsed()).isTrue();
        assertThat(verdict.checked().accepted()).hasSize(1);
        assertThat(verdict.needsRepair()).isTrue();
    }

    @Test
    void aGoodAnswerNeedsNone() {
        OutputVerdict verdict = OutputVerdict.of(answer(GOOD, OTHER, BAD), DEFAULT_CONTEXT);

        assertThat(verdict.checked().accepted()).hasSize(2);
        assertThat(verdict.needsRepair()).isFalse();
        assertThat(verdict.failed()).isFalse();
    }

    @Test
    void theRepairedAnswerIsKeptUnlessItIsWorse() {
        OutputVerdict first = OutputVerdict.of(answer(GOOD, BAD), DEFAULT_CONTEXT);
        OutputVerdict fixed = OutputVerdict.of(answer(GOOD, OTHER), DEFAULT_CONTEXT);
        OutputVerdict worse = OutputVerdict.of("not JSON either", DEFAULT_CONTEXT);

        assertThat(OutputVerdict.better(first, fixed)).isSameAs(fixed);
        assertThat(OutputVerdict.better(first, worse)).isSameAs(first);
        OutputVerdict asGood = OutputVerdict.of(answer(GOOD, BAD, BAD), DEFAULT_CONTEXT);
        assertThat(OutputVerdict.better(first, asGood)).isSameAs(asGood);
    }

    @Test
    void aFailureNamesTheFirstProblems() {
        OutputVerdict verdict = OutputVerdict.of(answer(BAD, BAD, BAD, BAD), DEFAULT_CONTEXT);

        assertThat(verdict.failed()).isTrue();
        assertThat(verdict.failure()).isEqualTo("no question passed the checks: question 1: the correct answer is"
                + " also among the wrong answers; question 2: the correct answer is also among the wrong answers;"
                + " question 3: the correct answer is also among the wrong answers (and 1 more)");
        assertThat(OutputVerdict.of("{\"questions\": []}", DEFAULT_CONTEXT).failure())
                .isEqualTo("no question passed the checks: 2 questions were asked for, the answer has 0");
    }
}
