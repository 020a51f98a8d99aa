package io.quizcast.generation.job.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.generation.job.GenerateRequest;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.repository.ProcessingLogStore;
import io.quizcast.generation.job.service.JobService;
import io.quizcast.generation.job.service.TranscriptView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A segment's generation: start it (from the recording, notes or a topic), its job, transcript and log. */
@Path("/api/segments/{sid}")
@Authenticated
public class SegmentJobResource {

    private final JobService jobs;
    private final JsonWebToken jwt;

    SegmentJobResource(JobService jobs, JsonWebToken jwt) {
        this.jobs = jobs;
        this.jwt = jwt;
    }

    @POST
    @Path("/finalize-and-transcribe")
    @ResponseStatus(202)
    @Operation(summary = "Host or presenter: the talk ended; transcribe it and write drafts", description = "Answers 202 with the segment's job at once; the work runs in the background on any pod. A repeat while the job is queued or running answers the same job. 422 no_audio without stored audio; 429 quota_exceeded past the caps.")
    public Uni<Job> finalizeRecording(@PathParam("sid") UUID segmentId) {
        return jobs.finalizeRecording(CallerIds.accountId(jwt), segmentId);
    }

    @POST
    @Path("/generate")
    @ResponseStatus(202)
    @Operation(summary = "Host or presenter: drafts from pasted notes or a topic", description = "Body {notes} or {topic}; 202 with the job. 409 job_running while another job of the segment is live.")
    public Uni<Job> generate(@PathParam("sid") UUID segmentId, GenerateRequest request) {
        return jobs.generate(CallerIds.accountId(jwt), segmentId, request);
    }

    @GET
    @Path("/job")
    @Operation(summary = "Host or presenter: the segment's latest generation job", description = "204 when the segment has none yet (a page asks before anything was recorded).")
    public Uni<Response> job(@PathParam("sid") UUID segmentId) {
        return jobs.latest(CallerIds.accountId(jwt), segmentId)
                .map(job -> job == null ? Response.noContent().build() : Response.ok(job).build());
    }

    @GET
    @Path("/transcript")
    @Operation(summary = "Host or presenter: the segment's transcript, take by take")
    public Uni<TranscriptView> transcript(@PathParam("sid") UUID segmentId) {
        return jobs.transcript(CallerIds.accountId(jwt), segmentId);
    }

    @GET
    @Path("/processing-logs")
    @Operation(summary = "Host or presenter: the processing log, newest first (100 lines at most)")
    public Uni<List<ProcessingLogStore.Line>> logs(@PathParam("sid") UUID segmentId) {
        return jobs.logs(CallerIds.accountId(jwt), segmentId);
    }
}
