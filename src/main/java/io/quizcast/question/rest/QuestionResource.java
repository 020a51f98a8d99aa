package io.quizcast.question.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.security.CallerIds;
import io.quizcast.question.BulkImportRequest;
import io.quizcast.question.BulkImportResult;
import io.quizcast.question.CsvQuestions;
import io.quizcast.question.ImportRow;
import io.quizcast.question.QuestionInput;
import io.quizcast.question.QuestionView;
import io.quizcast.question.service.QuestionService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A segment's questions: host and presenter only, since they carry the correct answers. */
@Path("/api/segments/{sid}/questions")
@Authenticated
public class QuestionResource {

    private final QuestionService questions;
    private final JsonWebToken jwt;

    QuestionResource(QuestionService questions, JsonWebToken jwt) {
        this.questions = questions;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "Host or presenter: the questions of a segment, with their answers")
    public Uni<List<QuestionView>> list(@PathParam("sid") UUID segmentId) {
        return questions.list(caller(), segmentId);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Host or presenter: the questions of a segment as CSV, as the CSV import reads them", description = "Every field of every question type, one question per row; importing the file gives the same questions back.")
    public Uni<Response> exportCsv(@PathParam("sid") UUID segmentId) {
        return questions.list(caller(), segmentId).map(list -> Response.ok(CsvQuestions.write(list),
                "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"questions.csv\"")
                .build());
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Host or presenter: add a question to a segment")
    public Uni<QuestionView> create(@PathParam("sid") UUID segmentId,
            @Valid @NotNull(message = "body is required") QuestionInput input) {
        return questions.create(caller(), segmentId, input);
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Host or presenter: import questions from JSON (all or nothing, errors per row)", description = "One bad question refuses the whole request: imported is 0, errors[] names each bad question (row: its 1-based position in questions; field; reason) and message says in words what to fix.")
    public Uni<BulkImportResult> importJson(@PathParam("sid") UUID segmentId,
            @NotNull(message = "body is required") BulkImportRequest request) {
        return questions.importAll(caller(), segmentId, ImportRow.fromJson(request.questions()));
    }

    @POST
    @Path("/bulk")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Host or presenter: import questions from CSV (all or nothing, errors per row)", description = "One bad row refuses the whole file: imported is 0, errors[] names each bad row (row: 1-based among the data rows; line: the file's line where it begins, the header being line 1, as a spreadsheet numbers its rows; field; reason) and message says in words which lines to fix.")
    public Uni<BulkImportResult> importCsv(@PathParam("sid") UUID segmentId, String csv) {
        List<ImportRow> rows;
        try {
            rows = CsvQuestions.parse(csv);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ApiException.invalid("body", e.getMessage()));
        }
        return questions.importAll(caller(), segmentId, rows);
    }

    private UUID caller() {
        return CallerIds.accountId(jwt);
    }
}
