package io.quizcast.participant.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.participant.JoinLockStatus;
import io.quizcast.participant.service.ParticipantService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The join lock: the host locks and unlocks, anyone signed in reads the status. */
@Path("/api/events/{id}/join")
@Authenticated
public class JoinLockResource {

    private final ParticipantService participants;
    private final JsonWebToken jwt;

    JoinLockResource(ParticipantService participants, JsonWebToken jwt) {
        this.participants = participants;
        this.jwt = jwt;
    }

    @POST
    @Path("/lock")
    @Operation(summary = "Host: lock joining")
    public Uni<JoinLockStatus> lock(@PathParam("id") UUID eventId) {
        return participants.setLocked(CallerIds.accountId(jwt), eventId, true);
    }

    @POST
    @Path("/unlock")
    @Operation(summary = "Host: unlock joining")
    public Uni<JoinLockStatus> unlock(@PathParam("id") UUID eventId) {
        return participants.setLocked(CallerIds.accountId(jwt), eventId, false);
    }

    @GET
    @Path("/status")
    @Operation(summary = "Whether joining is locked")
    public Uni<JoinLockStatus> status(@PathParam("id") UUID eventId) {
        return participants.lockStatus(eventId);
    }
}
