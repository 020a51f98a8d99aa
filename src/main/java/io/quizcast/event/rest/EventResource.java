package io.quizcast.event.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.security.CallerIds;
import io.quizcast.event.EventCreate;
import io.quizcast.event.EventUpdate;
import io.quizcast.event.EventView;
import io.quizcast.event.service.EventService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Events under their legacy name, /api/quizzes (the clean alias is {@link EventAliasResource}). */
@Path("/api/quizzes")
@Authenticated
public class EventResource {

    private final EventService events;
    private final JsonWebToken jwt;

    EventResource(EventService events, JsonWebToken jwt) {
        this.events = events;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "The caller's hosted events, newest first")
    public Uni<List<EventView>> list() {
        return events.listHostedBy(caller()).map(list -> list.stream().map(EventView::forHost).toList());
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create an event; the caller becomes its host")
    public Uni<EventView> create(@Valid @NotNull(message = "body is required") EventCreate request) {
        return events.create(caller(), request).map(EventView::forHost);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an event")
    public Uni<EventView> get(@PathParam("id") UUID id) {
        UUID caller = caller();
        return events.get(id).map(e -> EventView.forCaller(e, caller));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Host: change an event's settings or status")
    public Uni<EventView> update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "body is required") EventUpdate update) {
        return events.update(caller(), id, update).map(EventView::forHost);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Host: delete an event with everything in it")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return events.delete(caller(), id);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "Host: end an event (keeps the previous status for a resume)")
    public Uni<EventView> complete(@PathParam("id") UUID id) {
        return events.complete(caller(), id).map(EventView::forHost);
    }

    @POST
    @Path("/{id}/resume")
    @APIResponse(responseCode = "200", description = "The event with its status restored and previous_status null; header X-Warning when it has no participants", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Not finished, or no previous status")
    @APIResponse(responseCode = "429", description = "Repeated within 2 s")
    @Operation(summary = "Host: resume an ended event")
    public Uni<Response> resume(@PathParam("id") UUID id) {
        return events.resume(caller(), id).map(resumed -> resumed.map(EventView::forHost).toResponse());
    }

    @POST
    @Path("/{id}/clear-resume")
    @Operation(summary = "Host: forget the previous status of an ended event")
    public Uni<EventView> clearResume(@PathParam("id") UUID id) {
        return events.clearResume(caller(), id).map(EventView::forHost);
    }

    private UUID caller() {
        return CallerIds.accountId(jwt);
    }
}
