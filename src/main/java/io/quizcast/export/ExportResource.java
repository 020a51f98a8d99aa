package io.quizcast.export;

import io.quarkus.security.Authenticated;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.security.CallerIds;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** GET /api/events/{id}/export?format=json|csv: an attachment named after the event (host only). */
@Path("/api/events/{id}/export")
@Authenticated
public class ExportResource {

    private final ExportService exports;
    private final JsonWebToken jwt;

    ExportResource(ExportService exports, JsonWebToken jwt) {
        this.exports = exports;
        this.jwt = jwt;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @APIResponse(responseCode = "200", description = "An attachment named {title}_results.json or .csv", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventExport.class)),
            @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "403", description = "Not the event's host")
    @Operation(summary = "Host: download the results as JSON or CSV")
    public Uni<Response> export(@PathParam("id") UUID eventId,
            @QueryParam("format") @DefaultValue("json") String format) {
        UUID caller = CallerIds.accountId(jwt);
        if ("csv".equalsIgnoreCase(format)) {
            return exports.csv(caller, eventId).map(csv -> attachment(csv.body(), "text/csv; charset=UTF-8",
                    ExportFileNames.of(csv.title(), "csv")));
        }
        if ("json".equalsIgnoreCase(format)) {
            return exports.json(caller, eventId).map(export -> attachment(export, MediaType.APPLICATION_JSON,
                    ExportFileNames.of(export.event().title(), "json")));
        }
        return Uni.createFrom().failure(ApiException.invalid("format", "must be json or csv"));
    }

    private static Response attachment(Object body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
