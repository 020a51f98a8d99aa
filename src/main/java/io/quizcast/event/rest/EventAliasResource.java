package io.quizcast.event.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.event.EventCreate;
import io.quizcast.event.EventView;
import io.quizcast.event.service.EventService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The clean alias /api/events of the event routes that the client calls under both names. */
@Path("/api/events")
@Authenticated
public class EventAliasResource {

    private final EventService events;
    private final JsonWebToken jwt;

    EventAliasResource(EventService events, JsonWebToken jwt) {
        this.events = events;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "The caller's hosted events, newest first (alias of /api/quizzes)")
    public Uni<List<EventView>> list() {
        return events.listHostedBy(CallerIds.accountId(jwt))
                .map(list -> list.stream().map(EventView::forHost).toList());
    }

    @POST
    @Path("/{id}/duplicate")
    @ResponseStatus(201)
    @Operation(summary = "A copy of the caller's event to run again: its settings, rounds (not played), questions and"
            + " pictures, under a new join code; no players or results (new)")
    public Uni<EventView> duplicate(@PathParam("id") UUID id) {
        return events.duplicate(CallerIds.accountId(jwt), id).map(EventView::forHost);
    }

    @GET
    @Path("/presented")
    @Operation(summary = "The events another account hosts in which the caller presents a round, newest first (new)")
    public Uni<List<EventView>> presented() {
        return events.listPresentedBy(CallerIds.accountId(jwt)).map(list -> list.stream().map(EventView::of).toList());
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create an event; the caller becomes its host (alias of /api/quizzes)")
    public Uni<EventView> create(@Valid @NotNull(message = "body is required") EventCreate request) {
        return events.create(CallerIds.accountId(jwt), request).map(EventView::forHost);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an event (alias of /api/quizzes/{id})")
    public Uni<EventView> get(@PathParam("id") UUID id) {
        UUID caller = CallerIds.accountId(jwt);
        return events.get(id).map(e -> EventView.forCaller(e, caller));
    }
}
