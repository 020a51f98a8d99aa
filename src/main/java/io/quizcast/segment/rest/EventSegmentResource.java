package io.quizcast.segment.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.segment.SegmentCreate;
import io.quizcast.segment.SegmentView;
import io.quizcast.segment.service.SegmentService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** An event's segments: any signed-in user reads them, the host adds them. */
@Path("/api/events/{id}/segments")
@Authenticated
public class EventSegmentResource {

    private final SegmentService segments;
    private final JsonWebToken jwt;

    EventSegmentResource(SegmentService segments, JsonWebToken jwt) {
        this.segments = segments;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "The segments of an event, in order")
    public Uni<List<SegmentView>> list(@PathParam("id") UUID eventId) {
        return segments.list(eventId);
    }

    @GET
    @Path("/{sid}")
    @Operation(summary = "Read a segment")
    public Uni<SegmentView> get(@PathParam("id") UUID eventId, @PathParam("sid") UUID segmentId) {
        return segments.get(eventId, segmentId);
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Host: add a segment (one per presenter)")
    public Uni<SegmentView> create(@PathParam("id") UUID eventId,
            @Valid @NotNull(message = "body is required") SegmentCreate request) {
        return segments.create(CallerIds.accountId(jwt), eventId, request);
    }
}
