package io.quizcast.question.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.question.QuestionInput;
import io.quizcast.question.QuestionView;
import io.quizcast.question.service.QuestionService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One question: update and delete, for the host or the segment's presenter. */
@Path("/api/questions/{qid}")
@Authenticated
public class QuestionItemResource {

    private final QuestionService questions;
    private final JsonWebToken jwt;

    QuestionItemResource(QuestionService questions, JsonWebToken jwt) {
        this.questions = questions;
        this.jwt = jwt;
    }

    @PUT
    @Operation(summary = "Host or presenter: change a question")
    public Uni<QuestionView> update(@PathParam("qid") UUID questionId,
            @Valid @NotNull(message = "body is required") QuestionInput patch) {
        return questions.update(CallerIds.accountId(jwt), questionId, patch);
    }

    @DELETE
    @Operation(summary = "Host or presenter: delete a question")
    public Uni<Void> delete(@PathParam("qid") UUID questionId) {
        return questions.delete(CallerIds.accountId(jwt), questionId);
    }
}
