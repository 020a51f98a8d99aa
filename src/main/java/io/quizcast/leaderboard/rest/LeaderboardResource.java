package io.quizcast.leaderboard.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.common.error.ApiException;
import io.quizcast.event.service.EventAccess;
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

/** Public rankings: event totals and one segment's scores, paged (limit 1..1000, default 100). */
@Path("/api")
@PermitAll
public class LeaderboardResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final LeaderboardRepository leaderboards;
    private final EventAccess events;
    private final SegmentAccess segments;

    LeaderboardResource(LeaderboardRepository leaderboards, EventAccess events, SegmentAccess segments) {
        this.leaderboards = leaderboards;
        this.events = events;
        this.segments = segments;
    }

    @GET
    @Path("/events/{id}/leaderboard")
    @WithSession
    public Uni<List<LeaderboardEntry>> event(@PathParam("id") UUID eventId,
            @QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("offset") @DefaultValue("0") int offset) {
        checkPage(limit, offset);
        return events.find(eventId).chain(() -> leaderboards.event(eventId, limit, offset));
    }

    @GET
    @Path("/segments/{sid}/leaderboard")
    @WithSession
    public Uni<List<LeaderboardEntry>> segment(@PathParam("sid") UUID segmentId,
            @QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("offset") @DefaultValue("0") int offset) {
        checkPage(limit, offset);
        return segments.find(segmentId)
                .chain(scoped -> leaderboards.segment(scoped.event().id, segmentId, limit, offset));
    }

    private static void checkPage(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be 1 to " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw ApiException.invalid("offset", "must be 0 or more");
        }
    }
}
