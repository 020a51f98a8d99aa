package io.quizcast.health;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /health: the process is up (no dependency is consulted). */
@Path("/health")
@PermitAll
public class ProcessHealthResource {

    /** The /health body. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record ProcessHealth(String status) {
    }

    private static final ProcessHealth OK = new ProcessHealth("ok");

    @GET
    @NonBlocking
    @Operation(summary = "The process is up")
    public ProcessHealth get() {
        return OK;
    }
}
