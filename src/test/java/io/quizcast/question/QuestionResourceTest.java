package io.quizcast.question;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionResourceTest {

    private CreatedEvent event;
    private Account presenter;
    private UUID segment;

    @BeforeEach
    void createSegment() {
        event = TestEvents.createEvent(TestAccounts.register("host"));
        presenter = TestAccounts.register("pres");
        segment = TestEvents.createSegment(event, "Pat", presenter.id());
    }

    @Test
    void presenterCreatesAQuestionWithWrongAnswersAsAnAliasOfFakeAnswers() {
        given().header("Authorization", presenter.bearer()).contentType(ContentType.JSON)
                .body(Map.of("question_text", " Capital of France? ", "correct_answer", "Paris",
                        "wrong_answers", List.of("Lyon", " Nice ", "", "Lyon")))
                .when().post("/api/segments/" + segment + "/questions")
                .then().statusCode(201)
                .body("segment_id", equalTo(segment.toString()))
                .body("question_text", equalTo("Capital of France?"))
                .body("correct_answer", equalTo("Paris"))
                .body("fake_answers", contains("Lyon", "Nice"))
                .body("order_index", equalTo(0))
                .body("is_ai_generated", equalTo(false));
    }

    @Test
    void listIsOrderedAndOnlyForTheHostAndThePresenter() {
        TestEvents.createQuestion(event, segment, "Q1", "A1", List.of("B1"));
        TestEvents.createQuestion(event, segment, "Q2", "A2", List.of());
        for (Account allowed : List.of(event.host(), presenter)) {
            given().header("Authorization", allowed.bearer()).get("/api/segments/" + segment + "/questions")
                    .then().statusCode(200)
                    .body("question_text", contains("Q1", "Q2"))
                    .body("order_index", contains(0, 1))
                    .body("correct_answer", contains("A1", "A2"));
        }
        given().header("Authorization", TestAccounts.register("player").bearer())
                .get("/api/segments/" + segment + "/questions").then().statusCode(403)
                .body("code", equalTo("forbidden"));
        given().get("/api/segments/" + segment + "/questions").then().statusCode(401);
        given().header("Authorization", event.host().bearer()).get("/api/segments/" + UUID.randomUUID() + "/questions")
                .then().statusCode(404);
    }

    @Test
    void createValidatesTheQuestion() {
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("question_text", "Q", "correct_answer", " "))
                .post("/api/segments/" + segment + "/questions")
                .then().statusCode(422).body("errors[0].field", equalTo("correct_answer"));
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("question_text", "Q", "correct_answer", "A", "fake_answers", List.of("A")))
                .post("/api/segments/" + segment + "/questions")
                .then().statusCode(422)
                .body("message", equalTo("fake_answers: a fake answer must differ from the correct answer"));
        given().header("Authorization", TestAccounts.register("x").bearer()).contentType(ContentType.JSON)
                .body(Map.of("question_text", "Q", "correct_answer", "A"))
                .post("/api/segments/" + segment + "/questions").then().statusCode(403);
    }

    @Test
    void updateAndDeleteAQuestion() {
        UUID question = TestEvents.createQuestion(event, segment, "Q1", "A1", List.of("B1"));
        given().header("Authorization", presenter.bearer()).contentType(ContentType.JSON)
                .body(Map.of("correct_answer", "A2", "order_index", 4))
                .put("/api/questions/" + question)
                .then().statusCode(200)
                .body("question_text", equalTo("Q1"))
                .body("correct_answer", equalTo("A2"))
                .body("fake_answers", contains("B1"))
                .body("order_index", equalTo(4));
        given().header("Authorization", TestAccounts.register("x").bearer()).delete("/api/questions/" + question)
                .then().statusCode(403);
        given().header("Authorization", event.host().bearer()).delete("/api/questions/" + question)
                .then().statusCode(204);
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("correct_answer", "A3")).put("/api/questions/" + question)
                .then().statusCode(404).body("message", equalTo("Question not found"));
    }

    @Test
    void bulkJsonImportsEveryRow() {
        given().header("Authorization", presenter.bearer()).contentType(ContentType.JSON)
                .body(Map.of("questions", List.of(
                        Map.of("question_text", "Q1", "correct_answer", "A1", "fake_answers", List.of("X", "Y")),
                        Map.of("question_text", "Q2", "correct_answer", "A2"))))
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("failed", equalTo(0))
                .body("errors", hasSize(0))
                .body("questions.question_text", contains("Q1", "Q2"))
                .body("questions.order_index", contains(0, 1));
    }

    @Test
    void bulkJsonWithBadRowsImportsNothingSaysSoInWordsAndNamesEachQuestionFieldAndReason() {
        TestEvents.createQuestion(event, segment, "Existing", "E", List.of());
        given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("questions", List.of(
                        Map.of("question_text", "Q1", "correct_answer", "A1"),
                        Map.of("question_text", "Q2"),
                        Map.of("question_text", "", "correct_answer", "A3"))))
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("message", equalTo("Nothing was imported: fix questions 2 and 3, then send them all again"
                        + " (an import is stored whole or not at all)."))
                .body("errors.row", contains(2, 3))
                .body("errors.line", contains(nullValue(), nullValue()))
                .body("errors.field", contains("correct_answer", "question_text"))
                .body("errors.reason", contains("is required", "is required"))
                .body("failed", equalTo(2))
                .body("errors.index", contains(1, 2))
                .body("errors[0].message", equalTo("correct_answer is required"))
                .body("questions", hasSize(0));
        given().header("Authorization", event.host().bearer()).get("/api/segments/" + segment + "/questions")
                .then().body("question_text", contains("Existing"));
    }

    @Test
    void csvImportWithABadRowSaysNothingWasImportedAndNamesTheRowsLineFieldAndReason() {
        String csv = "question_text,correct_answer,fake_answer_1\n" // line 1
                + "Largest ocean?,Pacific,Atlantic\n" // line 2, row 1
                + "Capital of Peru?,Lima,Quito\n" // line 3, row 2
                + "\n" // line 4: blank, not a row
                + "Fastest land animal?,,Lion\n" // line 5, row 3: no correct answer
                + "Tallest mountain?,Everest,Everest\n"; // line 6, row 4: a fake answer equal to the correct one
        given().header("Authorization", presenter.bearer()).contentType("text/csv").body(csv)
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("failed", equalTo(2))
                .body("message", equalTo("Nothing was imported: fix lines 5 and 6, then import the whole file again"
                        + " (a file is imported whole or not at all)."))
                .body("errors.index", contains(2, 3))
                .body("errors.row", contains(3, 4))
                .body("errors.line", contains(5, 6))
                .body("errors.field", contains("correct_answer", "fake_answers"))
                .body("errors.reason", contains("is required", "a fake answer must differ from the correct answer"))
                .body("errors.message", contains("correct_answer is required",
                        "a fake answer must differ from the correct answer"))
                .body("questions", hasSize(0));
        given().header("Authorization", presenter.bearer()).get("/api/segments/" + segment + "/questions")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void csvLinesAreCountedInTheFileAsSentWithCrLfAndCellsSpanningLines() {
        String csv = "\uFEFF\r\nquestion_text,correct_answer\r\n" // line 1 blank (after the BOM), line 2 header
                + "\"Two\r\nlines\",A\r\n" // lines 3-4, row 1
                + "Q2,\r\n"; // line 5, row 2: no correct answer
        given().header("Authorization", presenter.bearer()).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("errors.row", contains(2))
                .body("errors.line", contains(5))
                .body("message", equalTo("Nothing was imported: fix line 5, then import the whole file again"
                        + " (a file is imported whole or not at all)."));
    }

    @Test
    void csvRowsWhoseCellsAreAllEmptyAreSkippedLikeBlankLines() {
        // spreadsheets export rows that once held something as ",,": they are not questions
        String csv = "question_text,correct_answer,fake_answer_1\n" // line 1
                + "Q1,A1,B1\n" // line 2
                + ",,\n" // line 3: skipped
                + " , ,\n" // line 4: skipped
                + "Q2,A2,\n" // line 5
                + ",,\n";
        given().header("Authorization", presenter.bearer()).contentType("text/csv").body(csv)
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("questions.question_text", contains("Q1", "Q2"));
        given().header("Authorization", presenter.bearer()).contentType("text/csv")
                .body("question_text,correct_answer\n,\nQ3,\n")
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("errors.row", contains(1))
                .body("errors.line", contains(3));
    }

    @Test
    void aSuccessfulImportSaysHowManyQuestionsWereImported() {
        given().header("Authorization", presenter.bearer()).contentType("text/csv")
                .body("question_text,correct_answer\nQ1,A1\nQ2,A2\n")
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("message", equalTo("Imported 2 questions."));
    }

    @Test
    void csvImportRoundTripsAwkwardText() {
        String csv = "question_text,correct_answer,fake_answer_1,fake_answer_2\r\n"
                + "\"Who said \"\"hello, world\"\"?\",\"Kernighan, Brian\",Ritchie,\"Line\nBreak\"\r\n"
                + "Plain?,Yes,No,\r\n";
        JsonPath result = given().header("Authorization", presenter.bearer()).contentType("text/csv").body(csv)
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(200).body("imported", equalTo(2)).extract().jsonPath();
        assertThat(result.getList("questions.question_text")).containsExactly("Who said \"hello, world\"?", "Plain?");
        given().header("Authorization", presenter.bearer()).get("/api/segments/" + segment + "/questions")
                .then().statusCode(200)
                .body("[0].correct_answer", equalTo("Kernighan, Brian"))
                .body("[0].fake_answers", contains("Ritchie", "Line\nBreak"))
                .body("[1].fake_answers", contains("No"));
    }

    @Test
    void csvWithoutTheRequiredHeaderIs422() {
        given().header("Authorization", presenter.bearer()).contentType("text/csv").body("q,a\nx,y\n")
                .post("/api/segments/" + segment + "/questions/bulk")
                .then().statusCode(422)
                .body("message", equalTo("body: CSV header must include question_text and correct_answer"));
    }
}
