package io.quizcast.generation.provider;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST {base}/chat/completions} of an OpenAI-compatible provider (built by {@link ProviderClients}). */
@Path("/chat/completions")
public interface ChatCompletionsApi {

    // the body as text, whatever the status: AiProvider classifies errors and reads the JSON itself
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> complete(ChatRequest request);
}
