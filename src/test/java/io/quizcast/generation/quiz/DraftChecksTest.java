package io.quizcast.generation.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.question.QuestionInput;
import io.quizcast.question.QuestionRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each check on the model's questions, one behaviour per test, against a short talk. */
class DraftChecksTest {

    static final String DEFAULT_TALK = "Good morning everyone. Today I want to talk about how we cut our build times."
            + " When we started, a full build of the monorepo took forty minutes on a laptop. We moved the tests to"
            + " a remote cache in March 2023, and the median build dropped to six minutes. The biggest surprise was"
            + " that flaky tests, not slow tests, cost us the most time. We now quarantine a flaky test"
            + " automatically after three failures in a week. Our next step is to run the integration tests on ARM"
            + " machines, which are thirty percent cheaper.";
    static final String DEFAULT_EVIDENCE = "When we started, a full build of the monorepo took forty minutes on a"
            + " laptop.";
    static final Candidate DEFAULT_SINGLE = single("How long did a full build of the monorepo take at first?",
            "Forty minutes", DEFAULT_EVIDENCE, "Six minutes", "Two hours", "Ten minutes");
    static final Candidate DEFAULT_TRUE_FALSE = new Candidate("true_false",
            "Slow tests cost the team the most time.", "false", List.of(),
            "The biggest surprise was that flaky tests, not slow tests, cost us the most time.");
    static final CheckContext DEFAULT_CONTEXT = context(SourceKind.TRANSCRIPT, 5, List.of());

    static Candidate single(String question, String correct, String evidence, String... wrong) {
        return new Candidate("single", question, correct, List.of(wrong), evidence);
    }

    static CheckContext context(SourceKind kind, int count, List<String> existing) {
        return new CheckContext(kind == SourceKind.TOPIC ? "Build systems" : DEFAULT_TALK, kind, count, 3, existing);
    }

    private static Checked check(Candidate... candidates) {
        return DraftChecks.check(List.of(candidates), context(SourceKind.TRANSCRIPT, candidates.length, List.of()));
    }

    /** The problems of a check of these candidates, without the count's. */
    private static List<String> problems(Candidate... candidates) {
        return check(candidates).problems();
    }

    @Test
    void aGoodSingleQuestionPassesAsTheOrganiserWouldHaveTypedIt() {
        Checked checked = check(DEFAULT_SINGLE);

        assertThat(checked.problems()).isEmpty();
        Accepted accepted = checked.accepted().get(0);
        QuestionInput input = accepted.input();
        assertThat(input.type()).isEqualTo("single");
        assertThat(input.questionText()).isEqualTo(DEFAULT_SINGLE.question());
        assertThat(input.correctAnswer()).isEqualTo("Forty minutes");
        assertThat(input.fakeAnswers()).containsExactly("Six minutes", "Two hours", "Ten minutes");
        assertThat(QuestionRules.violation(input)).isNull();
        assertThat(accepted.evidence()).isEqualTo(DEFAULT_EVIDENCE);
        assertThat(accepted.qualityScore()).isEqualTo(1.0f);
    }

    @Test
    void theCorrectAnswerAmongTheWrongOnesIsRefused() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", DEFAULT_EVIDENCE, "Six minutes",
                "forty  MINUTES!", "Two hours");

        Checked checked = check(c);

        assertThat(checked.accepted()).isEmpty();
        assertThat(checked.problems()).containsExactly(
                "question 1: the correct answer is also among the wrong answers");
    }

    @Test
    void answersAreComparedWithoutAccentsCaseOrPunctuation() {
        Candidate c = single("Where is the team based?", "Zürich", "", "Zurich.", "Geneva", "Basel");

        assertThat(check(c).problems()).contains("question 1: the correct answer is also among the wrong answers");
    }

    @Test
    void duplicateWrongAnswersAreRefused() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", DEFAULT_EVIDENCE, "Six minutes",
                "Two hours", "six minutes.");

        assertThat(problems(c)).containsExactly("question 1: two wrong answers are the same (\"six minutes.\")");
    }

    @Test
    void answersThatDifferOnlyBySymbolsOrNumbersAreNotDuplicates() {
        Candidate c = single("Which language did the team use for the build scripts?", "C#", "", "C", "C++",
                "3.5");
        CheckContext topic = context(SourceKind.TOPIC, 1, List.of());

        assertThat(DraftChecks.check(List.of(c), topic).problems()).isEmpty();
        assertThat(QuizText.key("3,5")).isEqualTo(QuizText.key("3.5")).isNotEqualTo(QuizText.key("35"));
        assertThat(QuizText.key("-5")).isNotEqualTo(QuizText.key("5"));
        assertThat(QuizText.key("  L'Été, 3,5 % !")).isEqualTo("l ete 3.5 %");
    }

    @Test
    void tooFewWrongAnswersAreRefused() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", DEFAULT_EVIDENCE, "Six minutes", " ");

        assertThat(problems(c)).containsExactly("question 1: it has 1 wrong answer, 3 are needed");
    }

    @Test
    void extraWrongAnswersAreDroppedFromTheEnd() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", DEFAULT_EVIDENCE, "Six minutes",
                "Two hours", "Ten minutes", "Forty minutes", "Six minutes");

        Checked checked = check(c);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.accepted().get(0).input().fakeAnswers()).containsExactly("Six minutes", "Two hours",
                "Ten minutes");
    }

    @Test
    void allOfTheAboveIsRefusedInEnglishFrenchGermanAndSpanish() {
        for (String meta : List.of("All of the above", "None of the above.", "Both", "all of these",
                "Toutes les réponses ci-dessus", "Aucune de ces réponses", "Les deux", "Alle oben genannten",
                "Keine der Antworten", "Beide", "Todas las anteriores", "Ninguna de las anteriores", "Ambas")) {
            Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", DEFAULT_EVIDENCE, "Six minutes",
                    "Two hours", meta);

            assertThat(problems(c)).as(meta).containsExactly(
                    "question 1: an answer such as \"all of the above\" is not allowed (\"" + meta + "\")");
        }
    }

    @Test
    void allOfTheAboveAsTheCorrectAnswerIsRefusedToo() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Toutes les réponses sont correctes", DEFAULT_EVIDENCE,
                "Six minutes", "Two hours", "Ten minutes");

        assertThat(problems(c)).hasSize(1).allMatch(p -> p.contains("\"all of the above\" is not allowed"));
    }

    @Test
    void realAnswersThatMerelyContainSuchWordsPass() {
        for (String answer : List.of("Both sides of the brain", "Tous les deux jours", "None", "Alle zwei Wochen",
                "All tests in the repository")) {
            assertThat(MetaAnswers.isMeta(answer)).as(answer).isEqualTo(answer.equals("None"));
        }
    }

    @Test
    void trueFalseAnswersAreNormalised() {
        for (String given : List.of("True", "true", " TRUE ", "Vrai", "wahr", "Verdadero")) {
            Candidate c = new Candidate("true_false", "The team moved the tests to a remote cache.", given,
                    List.of("False"), "We moved the tests to a remote cache");

            Checked checked = check(c);

            assertThat(checked.problems()).as(given).isEmpty();
            QuestionInput input = checked.accepted().get(0).input();
            assertThat(input.correctAnswer()).isEqualTo("true");
            assertThat(input.type()).isEqualTo("true_false");
            assertThat(input.fakeAnswers()).isEmpty();
        }
        for (String given : List.of("False", "faux", "Falsch", "falso")) {
            Candidate c = new Candidate("true_false", DEFAULT_TRUE_FALSE.question(), given, List.of(),
                    DEFAULT_TRUE_FALSE.evidence());

            assertThat(check(c).accepted()).as(given).extracting(a -> a.input().correctAnswer())
                    .containsExactly("false");
        }
    }

    @Test
    void aTrueFalseAnswerThatIsNeitherIsRefused() {
        Candidate c = new Candidate("true_false", DEFAULT_TRUE_FALSE.question(), "Maybe", List.of(),
                DEFAULT_TRUE_FALSE.evidence());

        assertThat(problems(c)).containsExactly(
                "question 1: a true_false question's correct answer must be true or false, not \"Maybe\"");
    }

    @Test
    void aMultipleQuestionKeepsEveryCorrectAnswerAndTheWrongOnesThatFit() {
        Candidate c = new Candidate("multiple", "Which changes cut the build time?", "A remote cache",
                List.of("Six minutes", "Two hours", "ARM machines", "More laptops", "A new monorepo", "Nightly builds"),
                List.of("Quarantined flaky tests"),
                "We moved the tests to a remote cache in March 2023, and the median build dropped to six minutes.");

        Checked checked = check(c);

        assertThat(checked.problems()).isEmpty();
        QuestionInput input = checked.accepted().get(0).input();
        assertThat(input.type()).isEqualTo("multiple");
        assertThat(input.correctAnswers()).containsExactly("A remote cache", "Quarantined flaky tests");
        // six answers at most, the correct ones first
        assertThat(input.fakeAnswers()).containsExactly("Six minutes", "Two hours", "ARM machines", "More laptops");
        assertThat(QuestionRules.violation(input)).isNull();
    }

    @Test
    void aMultipleQuestionNeedsTwoCorrectAnswersAndAWrongOneNoneShared() {
        String evidence = DEFAULT_EVIDENCE;
        Candidate one = new Candidate("multiple", "Which took forty minutes at first?", "A full build",
                List.of("A test run"), List.of(), evidence);
        Candidate noWrong = new Candidate("multiple", "Which were true of the first builds?", "Forty minutes",
                List.of(), List.of("On a laptop"), evidence);
        Candidate shared = new Candidate("multiple", "Which described the build at the start of the talk?",
                "Forty minutes", List.of("on a  LAPTOP"), List.of("On a laptop", "forty minutes"), evidence);

        assertThat(problems(one, noWrong, shared)).containsExactly(
                "question 1: a multiple question needs two correct answers or more (\"more_correct_answers\")",
                "question 2: a multiple question needs at least one wrong answer",
                "question 3: two correct answers are the same (\"forty minutes\")",
                "question 3: a correct answer is also among the wrong answers (\"on a  LAPTOP\")",
                "question 3: a multiple question needs at least one wrong answer");
    }

    @Test
    void aTypeAnswerQuestionAcceptsItsOtherFormsOnceEach() {
        Candidate c = new Candidate("type_answer", "In which month of 2023 did the tests move to a remote cache?",
                "March", List.of("April"), List.of("march", "Mar", " "),
                "We moved the tests to a remote cache in March 2023");

        Checked checked = check(c);

        assertThat(checked.problems()).isEmpty();
        QuestionInput input = checked.accepted().get(0).input();
        assertThat(input.type()).isEqualTo("type_answer");
        assertThat(input.correctAnswers()).containsExactly("March", "Mar");
        assertThat(input.fakeAnswers()).isEmpty();
        assertThat(QuestionRules.violation(input)).isNull();
    }

    @Test
    void aTypeAnswerQuestionNeedsAnAnswerThatIsNotAMetaAnswer() {
        Candidate empty = new Candidate("type_answer", "Which month did the cache arrive?", " ", List.of(),
                List.of("March"), "We moved the tests to a remote cache in March 2023");
        Candidate meta = new Candidate("type_answer", "What cut the build time the most?", "All of the above",
                List.of(), List.of(), "the median build dropped to six minutes");

        assertThat(problems(empty, meta)).containsExactly("question 1: the correct answer is empty",
                "question 2: an answer such as \"all of the above\" is not allowed (\"All of the above\")");
    }

    @Test
    void anUnknownTypeIsRefused() {
        Candidate c = new Candidate("poll", DEFAULT_SINGLE.question(), "Forty minutes", List.of("Six minutes"),
                DEFAULT_EVIDENCE);

        assertThat(problems(c)).containsExactly("question 1: its type must be \"single\", \"true_false\","
                + " \"multiple\" or \"type_answer\", not \"poll\"");
    }

    @Test
    void theQuestionRulesApply() {
        Candidate c = single("Why " + "so ".repeat(700) + "long?", "Forty minutes", DEFAULT_EVIDENCE,
                "Six minutes", "Two hours", "Ten minutes");

        assertThat(problems(c)).containsExactly("question 1: question_text must be at most 2000 characters");
    }

    @Test
    void aRepeatOfAnExistingQuestionIsRefused() {
        CheckContext ctx = context(SourceKind.TRANSCRIPT, 2,
                List.of("How long did a full build of the MONOREPO take, at first?"));

        Checked checked = DraftChecks.check(List.of(DEFAULT_SINGLE, DEFAULT_TRUE_FALSE), ctx);

        assertThat(checked.accepted()).extracting(a -> a.input().questionText())
                .containsExactly(DEFAULT_TRUE_FALSE.question());
        assertThat(checked.problems()).containsExactly("question 1: it repeats an existing question (\"How long did"
                + " a full build of the MONOREPO take, at first?\")");
    }

    @Test
    void aNearRepeatIsRefused() {
        // 11 distinct words in common out of 13: Jaccard 0.85
        Candidate near = single("How long did a full build of the monorepo take at the start?", "Forty minutes",
                DEFAULT_EVIDENCE, "Six minutes", "Two hours", "Ten minutes");

        assertThat(QuizText.jaccard(near.question(), DEFAULT_SINGLE.question())).isGreaterThanOrEqualTo(0.8);
        assertThat(problems(DEFAULT_SINGLE, near)).containsExactly("question 2: it repeats question 1");
    }

    @Test
    void aQuestionOnTheSameSubjectIsNotARepeat() {
        Candidate other = single("How long did the median build take after the remote cache?", "Six minutes",
                "We moved the tests to a remote cache in March 2023, and the median build dropped to six minutes.",
                "Forty minutes", "One minute", "Twenty minutes");

        assertThat(QuizText.jaccard(other.question(), DEFAULT_SINGLE.question())).isLessThan(0.8);
        assertThat(check(DEFAULT_SINGLE, other).accepted()).hasSize(2);
    }

    @Test
    void aRepeatOfARefusedQuestionIsNotARepeat() {
        Candidate refused = single(DEFAULT_SINGLE.question(), "Forty minutes", DEFAULT_EVIDENCE, "Forty minutes",
                "Two hours", "Ten minutes");

        Checked checked = check(refused, DEFAULT_SINGLE);

        assertThat(checked.accepted()).extracting(a -> a.input().questionText())
                .containsExactly(DEFAULT_SINGLE.question());
        assertThat(checked.problems()).containsExactly(
                "question 1: the correct answer is also among the wrong answers");
    }

    @Test
    void evidenceFoundWordForWordScoresOne() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", "when we started a full build of the"
                + " MONOREPO took forty minutes", "Six minutes", "Two hours", "Ten minutes");

        assertThat(check(c).accepted()).extracting(Accepted::qualityScore).containsExactly(1.0f);
    }

    @Test
    void evidenceSlightlyRewordedPassesWithALowerScore() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", "When we began, a full build of the"
                + " monorepo took about forty minutes on a laptop.", "Six minutes", "Two hours", "Ten minutes");

        Checked checked = check(c);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.accepted().get(0).qualityScore()).isBetween(0.5f, 0.95f);
        assertThat(checked.accepted().get(0).evidence()).startsWith("When we began");
    }

    @Test
    void evidenceThatIsNotInTheTalkIsRefused() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", "Builds at large companies usually take"
                + " under ten minutes with a good cache.", "Six minutes", "Two hours", "Ten minutes");

        assertThat(problems(c)).containsExactly("question 1: its evidence is not in the talk");
    }

    @Test
    void evidenceThatIsNotInTheNotesIsRefusedInTheirWords() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", "Kafka keeps messages for a week.",
                "Six minutes", "Two hours", "Ten minutes");

        assertThat(DraftChecks.check(List.of(c), context(SourceKind.NOTES, 1, List.of())).problems())
                .containsExactly("question 1: its evidence is not in the notes");
    }

    @Test
    void missingEvidenceIsRefusedForATalk() {
        Candidate c = single(DEFAULT_SINGLE.question(), "Forty minutes", " ", "Six minutes", "Two hours",
                "Ten minutes");

        assertThat(problems(c)).containsExactly("question 1: its evidence is missing");
    }

    @Test
    void aTopicNeedsNoEvidenceAndScoresNeutral() {
        Candidate c = single("Which tool did Google open-source as Bazel?", "Blaze", "", "Buck", "Pants", "Gradle");

        Checked checked = DraftChecks.check(List.of(c), context(SourceKind.TOPIC, 1, List.of()));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.accepted().get(0).qualityScore()).isEqualTo(0.5f);
        assertThat(checked.accepted().get(0).evidence()).isNull();
    }

    @Test
    void noMoreThanTheCountArePassedAndTheRestAreNotRead() {
        List<Candidate> candidates = new ArrayList<>();
        String[] subjects = {"the first build", "the remote cache", "the median build", "the flaky tests"};
        for (String subject : subjects) {
            candidates.add(single("What did the speaker say about " + subject + "?", "Forty minutes",
                    DEFAULT_EVIDENCE, "Six minutes", "Two hours", "Ten minutes"));
        }
        candidates.add(single("Broken?", "A", "", "A"));

        Checked checked = DraftChecks.check(candidates, context(SourceKind.TRANSCRIPT, 3, List.of()));

        assertThat(checked.accepted()).extracting(a -> a.input().questionText()).containsExactly(
                "What did the speaker say about the first build?", "What did the speaker say about the remote cache?",
                "What did the speaker say about the median build?");
        assertThat(checked.problems()).isEmpty();
    }

    @Test
    void fewerQuestionsThanAskedIsAProblem() {
        Checked checked = DraftChecks.check(List.of(DEFAULT_SINGLE), context(SourceKind.TRANSCRIPT, 3, List.of()));

        assertThat(checked.accepted()).hasSize(1);
        assertThat(checked.problems()).containsExactly("3 questions were asked for, the answer has 1");
    }

    @Test
    void problemsNameTheQuestionByItsPlaceInTheAnswer() {
        Candidate bad = single("How much cheaper are the ARM machines?", "Thirty percent", "Thirty percent is a"
                + " lot of money for any company.", "Ten percent", "Half", "Twice as expensive");

        assertThat(problems(DEFAULT_SINGLE, DEFAULT_TRUE_FALSE, bad)).containsExactly(
                "question 3: its evidence is not in the talk");
    }

    @Test
    void theQualityScoreFollowsTheEvidenceThenTheShapeOfTheQuestion() {
        QuestionInput plain = QuestionInput.single("How long did a full build take?", "Forty minutes",
                List.of("Six minutes", "Two hours", "Ten minutes"), null);
        QuestionInput terse = QuestionInput.single("Build time?", "Forty minutes",
                List.of("Six minutes", "Two hours", "Ten minutes"), null);
        QuestionInput giveaway = QuestionInput.single("How long did a full build take?",
                "About forty minutes on a developer's laptop", List.of("Six minutes", "Two hours", "Ten minutes"),
                null);

        assertThat(DraftChecks.quality(1.0, plain)).isEqualTo(1.0f);
        assertThat(DraftChecks.quality(0.8, plain)).isEqualTo(0.8f);
        assertThat(DraftChecks.quality(1.0, terse)).isEqualTo(0.9f);
        assertThat(DraftChecks.quality(1.0, giveaway)).isEqualTo(0.85f);
        assertThat(DraftChecks.quality(0.6, giveaway)).isEqualTo(0.51f);
    }

    @Test
    void exactEvidenceOutranksRewordedEvidenceWhichOutranksATopic() {
        Candidate exact = DEFAULT_SINGLE;
        Candidate reworded = single("What happened to the median build after the move to a remote cache?",
                "It dropped to six minutes", "In March 2023 the tests moved to a remote cache and the median build"
                        + " dropped to six minutes.",
                "It rose to an hour", "It stayed at forty minutes", "It dropped to one minute");

        Checked checked = check(exact, reworded);
        float topic = DraftChecks.check(List.of(exact), context(SourceKind.TOPIC, 1, List.of())).accepted().get(0)
                .qualityScore();

        assertThat(checked.accepted()).hasSize(2);
        float first = checked.accepted().get(0).qualityScore();
        float second = checked.accepted().get(1).qualityScore();
        assertThat(first).isGreaterThan(second);
        assertThat(second).isGreaterThan(topic);
    }
}
