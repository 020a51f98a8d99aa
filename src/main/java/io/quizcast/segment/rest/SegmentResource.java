package io.quizcast.segment.rest;

import io.quarkus.security.Authenticated;
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
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    @Operation(summary = "Host: reopen a completed segment")
    public Uni<SegmentView> resume(@PathParam("sid") UUID segmentId) {
        return segments.resume(caller(), segmentId);
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
