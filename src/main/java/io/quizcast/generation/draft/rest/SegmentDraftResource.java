package io.quizcast.generation.draft.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.generation.draft.ApproveRequest;
import io.quizcast.generation.draft.ApproveResult;
import io.quizcast.generation.draft.DraftView;
import io.quizcast.generation.draft.service.DraftService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Review before play: a segment's drafts, then their approval (host or the segment's presenter). */
@Path("/api/segments/{sid}/drafts")
@Authenticated
public class SegmentDraftResource {

    private final DraftService drafts;
    private final JsonWebToken jwt;

    SegmentDraftResource(DraftService drafts, JsonWebToken jwt) {
        this.drafts = drafts;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "Host or presenter: the segment's drafts awaiting review", description = "Generated questions in the Question shape, with job_id and the evidence quote; players and the game never see them.")
    public Uni<List<DraftView>> list(@PathParam("sid") UUID segmentId) {
        return drafts.list(CallerIds.accountId(jwt), segmentId);
    }

    @POST
    @Path("/approve")
    @Operation(summary = "Host or presenter: the drafts become the segment's questions", description = "Body {ids} names the drafts (absent: all). Then quiz_ready is broadcast. 409 no_drafts when there is none.")
    public Uni<ApproveResult> approve(@PathParam("sid") UUID segmentId, ApproveRequest request) {
        return drafts.approve(CallerIds.accountId(jwt), segmentId, request == null ? null : request.ids());
    }
}
