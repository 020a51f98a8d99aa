package io.quizcast.generation.job.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.service.JobService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One generation job: read, cancel, retry (host or the segment's presenter). */
@Path("/api/jobs/{jid}")
@Authenticated
public class JobResource {

    private final JobService jobs;
    private final JsonWebToken jwt;

    JobResource(JobService jobs, JsonWebToken jwt) {
        this.jobs = jobs;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "Host or presenter: a generation job")
    public Uni<Job> job(@PathParam("jid") UUID jobId) {
        return jobs.get(CallerIds.accountId(jwt), jobId);
    }

    @POST
    @Path("/cancel")
    @Operation(summary = "Host or presenter: cancel a queued or running job", description = "409 invalid_status when it has ended.")
    public Uni<Job> cancel(@PathParam("jid") UUID jobId) {
        return jobs.cancel(CallerIds.accountId(jwt), jobId);
    }

    @POST
    @Path("/retry")
    @Operation(summary = "Host or presenter: run a failed or cancelled job again", description = "Transcripts already stored are reused, never paid for again. 409 invalid_status otherwise.")
    public Uni<Job> retry(@PathParam("jid") UUID jobId) {
        return jobs.retry(CallerIds.accountId(jwt), jobId);
    }
}
