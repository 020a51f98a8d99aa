package io.quizcast.participant.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.participant.HostJoinRequest;
import io.quizcast.participant.JoinResponse;
import io.quizcast.participant.service.ParticipantService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The host joins its own event as a player. */
@Path("/api/events/{id}/join-as-host")
@Authenticated
public class HostSeatResource {

    private final ParticipantService participants;
    private final JsonWebToken jwt;

    HostSeatResource(ParticipantService participants, JsonWebToken jwt) {
        this.participants = participants;
        this.jwt = jwt;
    }

    @POST
    @Operation(summary = "Host: join the own event as a player")
    public Uni<JoinResponse> joinAsHost(@PathParam("id") UUID eventId,
            @Valid @NotNull(message = "body is required") HostJoinRequest request) {
        return participants.joinAsHost(CallerIds.accountId(jwt), eventId, request);
    }
}
