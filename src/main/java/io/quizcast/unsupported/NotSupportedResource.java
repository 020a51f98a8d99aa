package io.quizcast.unsupported;

import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.ErrorCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * The contract's out-of-scope routes (audio, transcription, AI generation logs, avatar upload, QR images,
 * the canvas): 501 with code "not_supported", so the client shows a clear message instead of hanging.
 */
@Path("/api")
@PermitAll
public class NotSupportedResource {

    private static final String AUDIO = "/segments/{sid}/{feature: audio-chunk|transcribe|finalize-and-transcribe|processing-logs}";
    private static final String EVENT_EXTRAS = "/events/{id}/{feature: qr|qr-code|canvas}{rest: (/.*)?}";
    private static final String AVATAR = "/{scope: auth|users}/{rest: (.*/)?}avatar";

    @GET
    @Path(AUDIO)
    public void audioGet() {
        throw notSupported("Audio recording and transcription");
    }

    @POST
    @Path(AUDIO)
    public void audioPost() {
        throw notSupported("Audio recording and transcription");
    }

    @GET
    @Path(EVENT_EXTRAS)
    public void extrasGet() {
        throw notSupported("QR images and the canvas");
    }

    @POST
    @Path(EVENT_EXTRAS)
    public void extrasPost() {
        throw notSupported("QR images and the canvas");
    }

    @POST
    @Path(AVATAR)
    public void avatarPost() {
        throw notSupported("Avatar upload");
    }

    @PUT
    @Path(AVATAR)
    public void avatarPut() {
        throw notSupported("Avatar upload");
    }

    @DELETE
    @Path(AVATAR)
    public void avatarDelete() {
        throw notSupported("Avatar upload");
    }

    private static ApiException notSupported(String feature) {
        return new ApiException(501, ErrorCode.NOT_SUPPORTED, feature + " is not supported by this server");
    }
}
