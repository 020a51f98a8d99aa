package io.quizcast.segment.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.segment.SegmentCreate;
import io.quizcast.segment.SegmentUpdate;
import io.quizcast.segment.SegmentView;
import io.quizcast.segment.service.SegmentService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The legacy segment routes: the old client calls a segment a "question" of a "quiz". Host only. */
@Path("/api/quizzes/{id}/questions")
@Authenticated
public class SegmentLegacyResource {

    private final SegmentService segments;
    private final JsonWebToken jwt;

    SegmentLegacyResource(SegmentService segments, JsonWebToken jwt) {
        this.segments = segments;
        this.jwt = jwt;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Host: add a segment (legacy path)")
    public Uni<SegmentView> create(@PathParam("id") UUID eventId,
            @Valid @NotNull(message = "body is required") SegmentCreate request) {
        return segments.create(CallerIds.accountId(jwt), eventId, request);
    }

    @PUT
    @Path("/{sid}")
    @Operation(summary = "Host: change a segment (legacy path)")
    public Uni<SegmentView> update(@PathParam("id") UUID eventId, @PathParam("sid") UUID segmentId,
            @Valid @NotNull(message = "body is required") SegmentUpdate update) {
        return segments.update(CallerIds.accountId(jwt), eventId, segmentId, update);
    }

    @DELETE
    @Path("/{sid}")
    @Operation(summary = "Host: delete a segment (legacy path)")
    public Uni<Void> delete(@PathParam("id") UUID eventId, @PathParam("sid") UUID segmentId) {
        return segments.delete(CallerIds.accountId(jwt), eventId, segmentId);
    }
}
