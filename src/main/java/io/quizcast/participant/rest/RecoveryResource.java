package io.quizcast.participant.rest;

import io.quizcast.participant.JoinResponse;
import io.quizcast.participant.RecoverRequest;
import io.quizcast.participant.service.ParticipantService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A player on a new device takes back its participant by name (event id or join code). Public. */
@Path("/api/events/{idOrCode}/recover-participant")
@PermitAll
public class RecoveryResource {

    private final ParticipantService participants;

    RecoveryResource(ParticipantService participants) {
        this.participants = participants;
    }

    @POST
    @Operation(summary = "Recover a participant on a new device by its display name")
    public Uni<JoinResponse> recover(@PathParam("idOrCode") String idOrCode,
            @Valid @NotNull(message = "body is required") RecoverRequest request) {
        return participants.recover(idOrCode, request);
    }
}
