package io.quizcast.generation.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the model's answer: how it may be wrapped, and what makes it unreadable. */
class ModelOutputTest {

    static final String DEFAULT_QUESTION = "{\"type\": \"single\", \"question\": \"How long did a build take?\","
            + " \"correct_answer\": \"Forty minutes\", \"wrong_answers\": [\"Six minutes\", \"Two hours\"],"
            + " \"evidence\": \"a full build took forty minutes\"}";
    static final String DEFAULT_ANSWER = "{\"questions\": [" + DEFAULT_QUESTION + "]}";
    static final Candidate DEFAULT_CANDIDATE = new Candidate("single", "How long did a build take?",
            "Forty minutes", List.of("Six minutes", "Two hours"), "a full build took forty minutes");

    private static List<String> problems(String content) {
        return catchThrowableOfType(InvalidOutput.class, () -> ModelOutput.parse(content)).problems();
    }

    @Test
    void readsTheSchemasShape() {
        assertThat(ModelOutput.parse(DEFAULT_ANSWER)).containsExactly(DEFAULT_CANDIDATE);
    }

    @Test
    void readsEveryQuestionInOrder() {
        String tf = "{\"type\": \"true_false\", \"question\": \"The cache came in March.\", \"correct_answer\":"
                + " \"true\", \"wrong_answers\": [], \"evidence\": \"in March 2023\"}";

        List<Candidate> candidates = ModelOutput.parse("{\"questions\": [" + DEFAULT_QUESTION + ", " + tf + "]}");

        assertThat(candidates).extracting(Candidate::type).containsExactly("single", "true_false");
        assertThat(candidates.get(1).wrongAnswers()).isEmpty();
    }

    @Test
    void readsMoreCorrectAnswersAndTakesTheirAbsenceAsNone() {
        String multiple = "{\"type\": \"multiple\", \"question\": \"Which cut the time?\", \"correct_answer\":"
                + " \"A cache\", \"more_correct_answers\": [\"Quarantine\"], \"wrong_answers\": [\"Laptops\"],"
                + " \"evidence\": \"a remote cache\"}";
        String badMore = "{\"type\": \"type_answer\", \"question\": \"Which month?\", \"correct_answer\":"
                + " \"March\", \"more_correct_answers\": \"Mar\", \"wrong_answers\": [], \"evidence\": \"March\"}";

        List<Candidate> candidates = ModelOutput.parse("{\"questions\": [" + DEFAULT_QUESTION + ", " + multiple
                + "]}");

        assertThat(candidates.get(0).moreCorrectAnswers()).isEmpty();
        assertThat(candidates.get(1).moreCorrectAnswers()).containsExactly("Quarantine");
        assertThat(problems("{\"questions\": [" + badMore + "]}"))
                .containsExactly("question 1: \"more_correct_answers\" must be an array of strings");
    }

    @Test
    void readsAFencedAnswer() {
        assertThat(ModelOutput.parse("```json\n" + DEFAULT_ANSWER + "\n```")).containsExactly(DEFAULT_CANDIDATE);
        assertThat(ModelOutput.parse("```\n" + DEFAULT_ANSWER + "\n```")).containsExactly(DEFAULT_CANDIDATE);
        assertThat(ModelOutput.parse("Sure! ```JSON " + DEFAULT_ANSWER + "``` Enjoy.")).containsExactly(
                DEFAULT_CANDIDATE);
    }

    @Test
    void readsAnAnswerWithProseAroundIt() {
        String content = "Here are the [1] questions {as asked} from [the talk]:\n\n" + DEFAULT_ANSWER
                + "\n\nI hope these help! {\"note\": 1}";

        assertThat(ModelOutput.parse(content)).containsExactly(DEFAULT_CANDIDATE);
    }

    @Test
    void readsABareArrayOfQuestions() {
        assertThat(ModelOutput.parse("[" + DEFAULT_QUESTION + "]")).containsExactly(DEFAULT_CANDIDATE);
        assertThat(ModelOutput.parse("Questions: [" + DEFAULT_QUESTION + ",]")).containsExactly(DEFAULT_CANDIDATE);
    }

    @Test
    void readsNumbersAndBooleansAsText() {
        String content = "{\"questions\": [{\"type\": \"true_false\", \"question\": \"Builds got faster.\","
                + " \"correct_answer\": true, \"wrong_answers\": [], \"evidence\": \"\"}, {\"type\": \"single\","
                + " \"question\": \"When?\", \"correct_answer\": 2023, \"wrong_answers\": [2021, 2.5],"
                + " \"evidence\": \"in March 2023\"}]}";

        List<Candidate> candidates = ModelOutput.parse(content);

        assertThat(candidates).extracting(Candidate::correctAnswer).containsExactly("true", "2023");
        assertThat(candidates.get(1).wrongAnswers()).containsExactly("2021", "2.5");
    }

    @Test
    void anEmptyQuestionsArrayIsReadAsNoQuestions() {
        assertThat(ModelOutput.parse("{\"questions\": []}")).isEmpty();
        assertThat(ModelOutput.parse("Nothing [] to ask: {\"questions\": []}")).isEmpty();
    }

    @Test
    void textThatIsNotJsonIsInvalid() {
        assertThat(problems("I cannot write questions about this talk.")).containsExactly("the answer is not JSON");
        assertThat(problems("{\"questions\": [" + DEFAULT_QUESTION)).containsExactly("the answer is not JSON");
        assertThat(problems("  ")).containsExactly("the answer is empty");
        assertThat(problems(null)).containsExactly("the answer is empty");
    }

    @Test
    void anAnswerWithoutAQuestionsArrayIsInvalid() {
        assertThat(problems("{\"quiz\": [" + DEFAULT_QUESTION + "]}"))
                .containsExactly("the answer has no \"questions\" array");
        assertThat(problems(DEFAULT_QUESTION)).containsExactly("the answer has no \"questions\" array");
        assertThat(problems("{\"questions\": \"none\"}")).containsExactly("\"questions\" must be an array");
    }

    @Test
    void everyMissingFieldIsNamed() {
        String content = "{\"questions\": [" + DEFAULT_QUESTION + ", {\"type\": \"single\", \"question\": \"Q?\","
                + " \"correct_answer\": null}]}";

        assertThat(problems(content)).containsExactly("question 2: \"correct_answer\" is missing",
                "question 2: \"evidence\" is missing", "question 2: \"wrong_answers\" is missing");
    }

    @Test
    void everyFieldOfTheWrongTypeIsNamed() {
        String content = "{\"questions\": [\"What is a build?\", {\"type\": \"single\", \"question\": {\"text\":"
                + " \"Q?\"}, \"correct_answer\": [\"A\"], \"wrong_answers\": \"B, C\", \"evidence\": \"\"},"
                + " {\"type\": \"single\", \"question\": \"Q?\", \"correct_answer\": \"A\", \"wrong_answers\":"
                + " [\"B\", {\"c\": 1}], \"evidence\": \"\"}]}";

        assertThat(problems(content)).containsExactly("question 1 is not an object",
                "question 2: \"question\" must be a string", "question 2: \"correct_answer\" must be a string",
                "question 2: \"wrong_answers\" must be an array of strings",
                "question 3: \"wrong_answers\" must be an array of strings");
    }

    @Test
    void aNullWrongAnswerIsTheWrongType() {
        String content = DEFAULT_ANSWER.replace("[\"Six minutes\", \"Two hours\"]", "[\"Six minutes\", null]");

        assertThat(problems(content)).containsExactly("question 1: \"wrong_answers\" must be an array of strings");
    }
}
