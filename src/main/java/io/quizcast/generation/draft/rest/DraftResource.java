package io.quizcast.generation.draft.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.generation.draft.DraftView;
import io.quizcast.generation.draft.service.DraftService;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.service.JobService;
import io.quizcast.question.QuestionInput;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** One draft under review: edited, deleted or written again (host or the segment's presenter). */
@Path("/api/drafts/{did}")
@Authenticated
public class DraftResource {

    private final DraftService drafts;
    private final JobService jobs;
    private final JsonWebToken jwt;

    DraftResource(DraftService drafts, JobService jobs, JsonWebToken jwt) {
        this.drafts = drafts;
        this.jobs = jobs;
        this.jwt = jwt;
    }

    @PUT
    @Operation(summary = "Host or presenter: edit a draft", description = "The fields of a question, checked as for PUT /api/questions/{qid}.")
    public Uni<DraftView> update(@PathParam("did") UUID draftId, @Valid QuestionInput patch) {
        return drafts.update(CallerIds.accountId(jwt), draftId, patch);
    }

    @DELETE
    @ResponseStatus(204)
    @Operation(summary = "Host or presenter: delete a draft")
    public Uni<Void> delete(@PathParam("did") UUID draftId) {
        return drafts.delete(CallerIds.accountId(jwt), draftId);
    }

    @POST
    @Path("/regenerate")
    @ResponseStatus(202)
    @Operation(summary = "Host or presenter: write this draft again", description = "202 with the job that replaces it from the same transcript, notes or topic.")
    public Uni<Job> regenerate(@PathParam("did") UUID draftId) {
        return jobs.regenerate(CallerIds.accountId(jwt), draftId);
    }
}
