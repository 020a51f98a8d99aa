package io.quizcast.image.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.http.UploadedBytes;
import io.quizcast.common.security.CallerIds;
import io.quizcast.image.ImageView;
import io.quizcast.image.service.ImageService;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** POST /api/events/{id}/images: the host or a presenter uploads a question image (the body is the image). */
@Path("/api/events/{id}/images")
@Authenticated
public class ImageUploadResource {

    private final ImageService images;
    private final JsonWebToken jwt;

    ImageUploadResource(ImageService images, JsonWebToken jwt) {
        this.images = images;
        this.jwt = jwt;
    }

    @POST
    @Consumes("*/*")
    @ResponseStatus(201)
    @Operation(summary = "Host or presenter: upload a question image", description = "The body is the image itself: PNG, JPEG, WebP or GIF, told by its content (a renamed file is refused with 422 unsupported_image), at most 2 MB (413) and 1920 px on its longer side (422 image_too_large: scale it down first; the console does). The answer's id goes into a question's image_id; the image is served at url. The same bytes uploaded again give the same image.")
    public Uni<ImageView> upload(@PathParam("id") UUID eventId, @Context RoutingContext ctx, byte[] body) {
        return images.upload(eventId, CallerIds.accountId(jwt), UploadedBytes.of(ctx, body));
    }
}
