package io.quizcast.leaderboard.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.leaderboard.LeaderboardEntry;
import io.quizcast.leaderboard.repository.LeaderboardRepository;
import io.quizcast.segment.service.SegmentAccess;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public ranking of one segment, paged; every player of the event appears (0 when they never answered). */
@Path("/api/segments/{sid}/leaderboard")
@PermitAll
public class SegmentLeaderboardResource {

    private final LeaderboardRepository leaderboards;
    private final SegmentAccess segments;

    SegmentLeaderboardResource(LeaderboardRepository leaderboards, SegmentAccess segments) {
        this.leaderboards = leaderboards;
        this.segments = segments;
    }

    @GET
    @WithSession
    @Operation(summary = "The ranking of one segment, paged")
    public Uni<List<LeaderboardEntry>> get(@PathParam("sid") UUID segmentId,
            @QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("offset") @DefaultValue("0") int offset) {
        PageParams.check(limit, offset);
        return segments.find(segmentId)
                .chain(scoped -> leaderboards.segment(scoped.event().id, segmentId, limit, offset));
    }
}
