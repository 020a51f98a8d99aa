package io.quizcast.participant.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.common.security.CallerResolver;
import io.quizcast.event.EventView;
import io.quizcast.participant.HostJoinRequest;
import io.quizcast.participant.JoinLockStatus;
import io.quizcast.participant.JoinRequest;
import io.quizcast.participant.JoinResponse;
import io.quizcast.participant.RecoverRequest;
import io.quizcast.participant.service.JoinService;
import io.quizcast.participant.service.ParticipantService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Joining an event: look up a code, join, recover, the host's seat, the join lock. */
@Path("/api/events")
public class JoinResource {

    private final JoinService joins;
    private final ParticipantService participants;
    private final CallerResolver callers;
    private final JsonWebToken jwt;

    JoinResource(JoinService joins, ParticipantService participants, CallerResolver callers, JsonWebToken jwt) {
        this.joins = joins;
        this.participants = participants;
        this.callers = callers;
        this.jwt = jwt;
    }

    @GET
    @Path("/join/{code}")
    @PermitAll
    public Uni<EventView> lookUp(@PathParam("code") String code) {
        return participants.findByJoinCode(code).map(EventView::of);
    }

    @POST
    @Path("/join")
    @PermitAll
    public Uni<JoinResponse> join(@HeaderParam("Authorization") String authorization,
            @Valid @NotNull(message = "body is required") JoinRequest request) {
        return callers.fromAuthorization(authorization).chain(caller -> joins.join(request, caller));
    }

    @POST
    @Path("/{idOrCode}/recover-participant")
    @PermitAll
    public Uni<JoinResponse> recover(@PathParam("idOrCode") String idOrCode,
            @Valid @NotNull(message = "body is required") RecoverRequest request) {
        return participants.recover(idOrCode, request);
    }

    @POST
    @Path("/{id}/join-as-host")
    @Authenticated
    public Uni<JoinResponse> joinAsHost(@PathParam("id") UUID eventId,
            @Valid @NotNull(message = "body is required") HostJoinRequest request) {
        return participants.joinAsHost(CallerIds.accountId(jwt), eventId, request);
    }

    @POST
    @Path("/{id}/join/lock")
    @Authenticated
    public Uni<JoinLockStatus> lock(@PathParam("id") UUID eventId) {
        return participants.setLocked(CallerIds.accountId(jwt), eventId, true);
    }

    @POST
    @Path("/{id}/join/unlock")
    @Authenticated
    public Uni<JoinLockStatus> unlock(@PathParam("id") UUID eventId) {
        return participants.setLocked(CallerIds.accountId(jwt), eventId, false);
    }

    @GET
    @Path("/{id}/join/status")
    @Authenticated
    public Uni<JoinLockStatus> status(@PathParam("id") UUID eventId) {
        return participants.lockStatus(eventId);
    }
}
