package io.quizcast.web;

import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.ErrorCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The QR code the host console and the big screen show beside the join link, drawn on the server as SVG. */
@Path("/qr.svg")
@PermitAll
public class QrCodeResource {

    static final int MAX_TEXT_LENGTH = 512;

    @GET
    @Produces("image/svg+xml")
    @Operation(summary = "A QR code (SVG) that encodes the given text, for the web client's join link")
    public String qrCode(@QueryParam("text") String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new ApiException(400, ErrorCode.BAD_REQUEST,
                    "text is required, at most " + MAX_TEXT_LENGTH + " characters");
        }
        return QrCodeSvg.of(text);
    }
}
