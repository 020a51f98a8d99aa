package io.quizcast.image.rest;

import io.quizcast.image.service.ImageService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * GET /api/images/{iid}: a question image, public (every phone shows it) and same-origin, with a strong ETag (its
 * SHA-256) and a year's immutable cache: an image never changes under its id.
 */
@Path("/api/images/{iid}")
@PermitAll
public class ImageResource {

    static final String CACHE = "public, max-age=31536000, immutable";

    private final ImageService images;

    ImageResource(ImageService images) {
        this.images = images;
    }

    @GET
    // no @Produces: each image is sent as its own type, and a refusal (404) as JSON in the error shape
    @APIResponse(responseCode = "200", description = "The image", content = {@Content(mediaType = "image/png"),
            @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/gif"),
            @Content(mediaType = "image/webp")})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match named its ETag)")
    @APIResponse(responseCode = "404", description = "No such image")
    @Operation(summary = "A question image", description = "Strong ETag and a year's immutable cache; If-None-Match with its ETag answers 304.")
    public Uni<Response> image(@PathParam("iid") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return images.serve(id).map(image -> {
            String etag = new EntityTag(image.sha256()).toString();
            Response.ResponseBuilder response = etag.equals(ifNoneMatch == null ? null : ifNoneMatch.trim())
                    ? Response.notModified()
                    : Response.ok(image.data(), image.contentType());
            return response.header("ETag", etag).header("Cache-Control", CACHE)
                    .header("X-Content-Type-Options", "nosniff").build();
        });
    }
}
