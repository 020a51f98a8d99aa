package io.quizcast.leaderboard.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.event.service.EventAccess;
import io.quizcast.leaderboard.LeaderboardEntry;
import io.quizcast.leaderboard.repository.LeaderboardRepository;
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

/** The public event ranking over event totals, paged. */
@Path("/api/events/{id}/leaderboard")
@PermitAll
public class EventLeaderboardResource {

    private final LeaderboardRepository leaderboards;
    private final EventAccess events;

    EventLeaderboardResource(LeaderboardRepository leaderboards, EventAccess events) {
        this.leaderboards = leaderboards;
        this.events = events;
    }

    @GET
    @WithSession
    @Operation(summary = "The ranking of an event, paged")
    public Uni<List<LeaderboardEntry>> get(@PathParam("id") UUID eventId,
            @QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("offset") @DefaultValue("0") int offset) {
        PageParams.check(limit, offset);
        return events.find(eventId).chain(() -> leaderboards.event(eventId, limit, offset));
    }
}
