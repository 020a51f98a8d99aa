package io.quizcast.participant.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.common.security.CallerResolver;
import io.quizcast.participant.ParticipantView;
import io.quizcast.participant.RenameRequest;
import io.quizcast.participant.service.ParticipantService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An event's participants: the public list, renames (by the participant itself or the host), the host's removals. */
@Path("/api/events/{id}/participants")
@PermitAll
public class ParticipantResource {

    private final ParticipantService participants;
    private final CallerResolver callers;
    private final JsonWebToken jwt;

    ParticipantResource(ParticipantService participants, CallerResolver callers, JsonWebToken jwt) {
        this.participants = participants;
        this.callers = callers;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "List the participants of an event, by score")
    public Uni<List<ParticipantView>> list(@PathParam("id") UUID eventId) {
        return participants.list(eventId);
    }

    @POST
    @Path("/{pid}/remove")
    @Authenticated
    @Operation(summary = "Host: remove a participant (kick)", description = "The participant's socket is closed with 4403, its session token stops working, and its device and name cannot join this event again; its answers stay in the results (the JSON export marks it removed), and it leaves the rankings. Repeating it changes nothing.")
    public Uni<ParticipantView> remove(@PathParam("id") UUID eventId, @PathParam("pid") UUID target) {
        return participants.remove(CallerIds.accountId(jwt), eventId, target);
    }

    /** Accepts an account token or a participant session token; the target is a client identity or participant id. */
    @PATCH
    @Path("/{pid}/name")
    @Operation(summary = "Rename a participant (the participant itself or the host)")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ParticipantView> rename(@PathParam("id") UUID eventId, @PathParam("pid") UUID target,
            @HeaderParam("Authorization") String authorization,
            @Valid @NotNull(message = "body is required") RenameRequest request) {
        return callers.fromAuthorization(authorization)
                .chain(caller -> participants.rename(eventId, target, request.displayName(), caller));
    }
}
