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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Segments: the legacy "/quizzes/{id}/questions" routes (which manage segments) and the clean aliases. */
@Path("/api")
@Authenticated
public class SegmentResource {

    private final SegmentService segments;
    private final JsonWebToken jwt;

    SegmentResource(SegmentService segments, JsonWebToken jwt) {
        this.segments = segments;
        this.jwt = jwt;
    }

    @GET
    @Path("/events/{id}/segments")
    public Uni<List<SegmentView>> list(@PathParam("id") UUID eventId) {
        return segments.list(eventId);
    }

    @GET
    @Path("/events/{id}/segments/{sid}")
    public Uni<SegmentView> get(@PathParam("id") UUID eventId, @PathParam("sid") UUID segmentId) {
        return segments.get(eventId, segmentId);
    }

    @POST
    @Path("/quizzes/{id}/questions")
    @ResponseStatus(201)
    public Uni<SegmentView> create(@PathParam("id") UUID eventId,
            @Valid @NotNull(message = "body is required") SegmentCreate request) {
        return segments.create(caller(), eventId, request);
    }

    @POST
    @Path("/events/{id}/segments")
    @ResponseStatus(201)
    public Uni<SegmentView> createAlias(@PathParam("id") UUID eventId,
            @Valid @NotNull(message = "body is required") SegmentCreate request) {
        return create(eventId, request);
    }

    @PUT
    @Path("/quizzes/{id}/questions/{sid}")
    public Uni<SegmentView> update(@PathParam("id") UUID eventId, @PathParam("sid") UUID segmentId,
            @Valid @NotNull(message = "body is required") SegmentUpdate update) {
        return segments.update(caller(), eventId, segmentId, update);
    }

    @PATCH
    @Path("/segments/{sid}")
    public Uni<SegmentView> patch(@PathParam("sid") UUID segmentId,
            @Valid @NotNull(message = "body is required") SegmentUpdate update) {
        return segments.update(caller(), null, segmentId, update);
    }

    @DELETE
    @Path("/quizzes/{id}/questions/{sid}")
    public Uni<Void> delete(@PathParam("id") UUID eventId, @PathParam("sid") UUID segmentId) {
        return segments.delete(caller(), eventId, segmentId);
    }

    @POST
    @Path("/segments/{sid}/recording/start")
    public Uni<SegmentView> startRecording(@PathParam("sid") UUID segmentId) {
        return segments.startRecording(caller(), segmentId);
    }

    @POST
    @Path("/segments/{sid}/recording/stop")
    public Uni<SegmentView> stopRecording(@PathParam("sid") UUID segmentId) {
        return segments.stopRecording(caller(), segmentId);
    }

    @POST
    @Path("/segments/{sid}/complete")
    public Uni<SegmentView> complete(@PathParam("sid") UUID segmentId) {
        return segments.complete(caller(), segmentId);
    }

    @POST
    @Path("/segments/{sid}/resume")
    public Uni<SegmentView> resume(@PathParam("sid") UUID segmentId) {
        return segments.resume(caller(), segmentId);
    }

    @POST
    @Path("/segments/{sid}/clear-resume")
    public Uni<SegmentView> clearResume(@PathParam("sid") UUID segmentId) {
        return segments.clearResume(caller(), segmentId);
    }

    private UUID caller() {
        return CallerIds.accountId(jwt);
    }
}
