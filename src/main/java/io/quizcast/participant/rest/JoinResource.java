package io.quizcast.participant.rest;

import io.quizcast.common.error.ApiException;
import io.quizcast.common.limit.ClientAddress;
import io.quizcast.common.limit.RequestLimits;
import io.quizcast.common.security.CallerResolver;
import io.quizcast.event.EventView;
import io.quizcast.participant.JoinRequest;
import io.quizcast.participant.JoinResponse;
import io.quizcast.participant.service.JoinService;
import io.quizcast.participant.service.ParticipantService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Joining with a code: look the code up, join (a Bearer account token links the participant). Public, so limited
 * ({@link RequestLimits}): codes not found per address, joins per address and per event.
 */
@Path("/api/events/join")
@PermitAll
public class JoinResource {

    private final JoinService joins;
    private final ParticipantService participants;
    private final CallerResolver callers;
    private final RequestLimits limits;
    private final ClientAddress clients;

    JoinResource(JoinService joins, ParticipantService participants, CallerResolver callers, RequestLimits limits,
            ClientAddress clients) {
        this.joins = joins;
        this.participants = participants;
        this.callers = callers;
        this.limits = limits;
        this.clients = clients;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Look up an event by its join code (case-insensitive); 429 after too many codes not found")
    public Uni<EventView> lookUp(@PathParam("code") String code, @Context HttpServerRequest http) {
        String address = clients.of(http);
        limits.beforeLookup(address);
        return countMiss(participants.findByJoinCode(code), address).map(EventView::of);
    }

    @POST
    @Operation(summary = "Join an event with its code, anonymously or linked to the Bearer account; 429 past the"
            + " join limits")
    public Uni<JoinResponse> join(@HeaderParam("Authorization") String authorization,
            @Valid @NotNull(message = "body is required") JoinRequest request, @Context HttpServerRequest http) {
        String address = clients.of(http);
        // a join is a look-up too: guessing codes by joining is limited the same way
        limits.beforeLookup(address);
        limits.join(address, request.code());
        return countMiss(callers.fromAuthorization(authorization).chain(caller -> joins.join(request, caller)),
                address);
    }

    /** A code not found counts against the address. */
    private <T> Uni<T> countMiss(Uni<T> work, String address) {
        return work.onFailure(f -> f instanceof ApiException e && e.status() == 404)
                .invoke(() -> limits.lookupMissed(address));
    }
}
