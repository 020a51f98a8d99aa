package io.quizcast.generation.provider;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** {@code POST {base}/audio/transcriptions} of an OpenAI-compatible provider (built by {@link ProviderClients}). */
@Path("/audio/transcriptions")
public interface TranscriptionsApi {

    // a form built per call: the file part's name and type follow the recording (whisper servers read the extension)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> transcribe(ClientMultipartForm form);
}
