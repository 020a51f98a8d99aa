package io.quizcast.generation.audio.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.common.http.UploadedBytes;
import io.quizcast.common.security.CallerIds;
import io.quizcast.generation.audio.ChunkList;
import io.quizcast.generation.audio.ChunkReceipt;
import io.quizcast.generation.audio.service.RecordingService;
import io.quizcast.generation.job.Job;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Recording a talk: its chunks as they are recorded, or one whole file (host or the segment's presenter). */
@Path("/api/segments/{sid}")
@Authenticated
public class AudioChunkResource {

    private final RecordingService recording;
    private final JsonWebToken jwt;

    AudioChunkResource(RecordingService recording, JsonWebToken jwt) {
        this.recording = recording;
        this.jwt = jwt;
    }

    @POST
    @Path("/audio-chunk")
    @Consumes("*/*")
    @Operation(summary = "Host or presenter: store one chunk of a recording", description = "Multipart with the file in audio_chunk (the original client), or the raw bytes. chunk_index (query or form field) from 0. The same index with the same bytes is stored once (stored: false); other bytes: 409 chunk_conflict. A chunk starting a take (index 0, a restarted recorder) must be WebM, Ogg, MP4 or WAV by its content (422 unsupported_audio). 413 past the chunk or segment limit; 409 recording_closed once the segment's job has started.")
    public Uni<ChunkReceipt> upload(@PathParam("sid") UUID segmentId, @QueryParam("chunk_index") String index,
            @HeaderParam("Content-Type") String contentType, @Context RoutingContext ctx, byte[] body) {
        return recording.upload(CallerIds.accountId(jwt), segmentId, index, UploadedBytes.of(ctx, body),
                contentType);
    }

    @GET
    @Path("/audio-chunks")
    @Operation(summary = "Host or presenter: the chunks stored for a segment", description = "So that a reloaded page sends only what is missing.")
    public Uni<ChunkList> chunks(@PathParam("sid") UUID segmentId) {
        return recording.list(CallerIds.accountId(jwt), segmentId);
    }

    @POST
    @Path("/transcribe")
    @Consumes("*/*")
    @ResponseStatus(202)
    @Operation(summary = "Host or presenter: one whole recording, transcribed and turned into drafts", description = "Multipart with the file in audio_file, or the raw bytes (WebM, Ogg, MP4 or WAV). Answers 202 with the job, as finalize-and-transcribe. 409 recording_exists when chunks are already stored.")
    public Uni<Job> transcribe(@PathParam("sid") UUID segmentId, @HeaderParam("Content-Type") String contentType,
            @Context RoutingContext ctx, byte[] body) {
        return recording.transcribe(CallerIds.accountId(jwt), segmentId, UploadedBytes.of(ctx, body), contentType);
    }
}
