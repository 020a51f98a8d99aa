package io.quizcast.segment.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.http.Resumed;
import io.quizcast.common.security.CallerIds;
import io.quizcast.segment.SegmentUpdate;
import io.quizcast.segment.SegmentView;
import io.quizcast.segment.service.SegmentService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One segment: updates, recording start/stop (host or presenter), complete/resume (host). */
@Path("/api/segments/{sid}")
@Authenticated
public class SegmentResource {

    private final SegmentService segments;
    private final JsonWebToken jwt;

    SegmentResource(SegmentService segments, JsonWebToken jwt) {
        this.segments = segments;
        this.jwt = jwt;
    }

    @PATCH
    @Operation(summary = "Host: change a segment")
    public Uni<SegmentView> patch(@PathParam("sid") UUID segmentId,
            @Valid @NotNull(message = "body is required") SegmentUpdate update) {
        return segments.update(caller(), null, segmentId, update);
    }

    @POST
    @Path("/recording/start")
    @Operation(summary = "Host or presenter: start recording a segment")
    public Uni<SegmentView> startRecording(@PathParam("sid") UUID segmentId) {
        return segments.startRecording(caller(), segmentId);
    }

    @POST
    @Path("/recording/stop")
    @Operation(summary = "Host or presenter: stop recording; announces quiz_ready or no_questions_generated")
    public Uni<SegmentView> stopRecording(@PathParam("sid") UUID segmentId) {
        return segments.stopRecording(caller(), segmentId);
    }

    @POST
    @Path("/complete")
    @Operation(summary = "Host: complete a segment")
    public Uni<SegmentView> complete(@PathParam("sid") UUID segmentId) {
        return segments.complete(caller(), segmentId);
    }

    @POST
    @Path("/resume")
    @APIResponse(responseCode = "200", description = "The segment with its status restored and previous_status null; header X-Warning when its event has no participants", content = @Content(schema = @Schema(implementation = SegmentView.class)))
    @APIResponse(responseCode = "400", description = "Not completed, or no previous status")
    @APIResponse(responseCode = "429", description = "Repeated within 2 s")
    @Operation(summary = "Host: reopen a completed segment")
    public Uni<Response> resume(@PathParam("sid") UUID segmentId) {
        return segments.resume(caller(), segmentId).map(Resumed::toResponse);
    }

    @POST
    @Path("/clear-resume")
    @Operation(summary = "Host: forget the previous status of a completed segment")
    public Uni<SegmentView> clearResume(@PathParam("sid") UUID segmentId) {
        return segments.clearResume(caller(), segmentId);
    }

    private UUID caller() {
        return CallerIds.accountId(jwt);
    }
}
