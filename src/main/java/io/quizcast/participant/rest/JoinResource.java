package io.quizcast.participant.rest;

import io.quizcast.common.security.CallerResolver;
import io.quizcast.event.EventView;
import io.quizcast.participant.JoinRequest;
import io.quizcast.participant.JoinResponse;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Joining with a code: look the code up, join (a Bearer account token links the participant). Public. */
@Path("/api/events/join")
@PermitAll
public class JoinResource {

    private final JoinService joins;
    private final ParticipantService participants;
    private final CallerResolver callers;

    JoinResource(JoinService joins, ParticipantService participants, CallerResolver callers) {
        this.joins = joins;
        this.participants = participants;
        this.callers = callers;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Look up an event by its join code (case-insensitive)")
    public Uni<EventView> lookUp(@PathParam("code") String code) {
        return participants.findByJoinCode(code).map(EventView::of);
    }

    @POST
    @Operation(summary = "Join an event with its code, anonymously or linked to the Bearer account")
    public Uni<JoinResponse> join(@HeaderParam("Authorization") String authorization,
            @Valid @NotNull(message = "body is required") JoinRequest request) {
        return callers.fromAuthorization(authorization).chain(caller -> joins.join(request, caller));
    }
}
