package io.quizcast.generation.audio.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.ErrorCode;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.generation.audio.AudioFormat;
import io.quizcast.generation.audio.ChunkList;
import io.quizcast.generation.audio.ChunkReceipt;
import io.quizcast.generation.audio.Hashes;
import io.quizcast.generation.audio.MultipartForm;
import io.quizcast.generation.audio.repository.AudioChunkStore;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.repository.ProcessingLogStore;
import io.quizcast.generation.job.service.JobService;
import io.quizcast.segment.Segment;
import io.quizcast.segment.service.SegmentAccess;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Recording a talk: chunks checked (who, how big, what by content) and stored once each; a whole file at once. */
@ApplicationScoped
public class RecordingService {

    static final String UNSUPPORTED = "unsupported_audio";
    static final String CHUNK_CONFLICT = "chunk_conflict";
    static final String RECORDING_CLOSED = "recording_closed";
    static final String RECORDING_EXISTS = "recording_exists";

    private final AudioChunkStore chunks;
    private final ProcessingLogStore logs;
    private final SegmentAccess access;
    private final JobService jobs;
    private final QuizcastConfig.Ai limits;

    RecordingService(AudioChunkStore chunks, ProcessingLogStore logs, SegmentAccess access, JobService jobs,
            QuizcastConfig config) {
        this.chunks = chunks;
        this.logs = logs;
        this.access = access;
        this.jobs = jobs;
        this.limits = config.ai();
    }

    /** One chunk of a recording (multipart field audio_chunk, or the raw bytes). */
    @WithSession
    public Uni<ChunkReceipt> upload(UUID caller, UUID segmentId, String indexParam, byte[] body, String contentType) {
        return access.findForHostOrPresenter(segmentId, caller).chain(scoped -> {
            Upload upload = Upload.read(body, contentType, "audio_chunk", indexParam);
            if (upload.bytes().length > limits.maxChunkSize().asLongValue()) {
                throw new ApiException(413, ErrorCode.PAYLOAD_TOO_LARGE, "The chunk is " + upload.bytes().length
                        + " bytes; at most " + limits.maxChunkSize().asLongValue());
            }
            return store(scoped.segment(), caller, upload.index(), upload.bytes()).call(receipt -> receipt.takeStart()
                    && receipt.stored() && upload.index() > 0
                    && scoped.event().questionGenIntervalSeconds != null
                            ? jobs.takeEnded(caller, scoped.segment())
                            : Uni.createFrom().voidItem());
        });
    }

    /** The chunks stored for the segment. */
    @WithSession
    public Uni<ChunkList> list(UUID caller, UUID segmentId) {
        return access.findForHostOrPresenter(segmentId, caller).chain(() -> chunks.list(segmentId))
                .map(ChunkList::of);
    }

    /** One whole recording (multipart field audio_file, or the raw bytes), then its job as for finalize. */
    @WithSession
    public Uni<Job> transcribe(UUID caller, UUID segmentId, byte[] body, String contentType) {
        return access.findForHostOrPresenter(segmentId, caller).chain(scoped -> {
            Upload upload = Upload.read(body, contentType, "audio_file", "0");
            if (upload.bytes().length > limits.maxFileSize().asLongValue()) {
                throw new ApiException(413, ErrorCode.PAYLOAD_TOO_LARGE, "The file is " + upload.bytes().length
                        + " bytes; at most " + limits.maxFileSize().asLongValue() + " in one file");
            }
            if (AudioFormat.ofHeader(upload.bytes()) == null) {
                throw unsupported();
            }
            return chunks.list(segmentId).chain(existing -> {
                if (!existing.isEmpty()) {
                    throw ApiException.conflict(RECORDING_EXISTS, "This segment already holds a recording ("
                            + existing.size() + " chunks): finalize it instead");
                }
                return store(scoped.segment(), caller, 0, upload.bytes());
            });
        }).chain(() -> jobs.finalizeRecording(caller, segmentId));
    }

    private Uni<ChunkReceipt> store(Segment segment, UUID caller, int index, byte[] bytes) {
        AudioFormat header = AudioFormat.ofHeader(bytes);
        if (header == null && (index == 0 || AudioFormat.plainlyNotAudio(bytes))) {
            return Uni.createFrom().failure(unsupported());
        }
        String type = header == null ? "application/octet-stream" : header.contentType();
        // hashing megabytes takes milliseconds: off the event loop
        return Uni.createFrom().item(() -> Hashes.sha256(bytes))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(sha -> chunks.insert(new AudioChunkStore.NewChunk(segment.id, index, header != null, type, sha,
                        bytes), limits.maxAudioSize().asLongValue()).map(outcome -> switch (outcome) {
                            case STORED, ALREADY_STORED -> new ChunkReceipt(index, bytes.length, sha,
                                    outcome == AudioChunkStore.Outcome.STORED, header != null, true,
                                    "segments/" + segment.id + "/chunks/" + index);
                            case CONFLICT -> throw ApiException.conflict(CHUNK_CONFLICT, "Chunk " + index
                                    + " is already stored with other bytes: send the next index");
                            case CLOSED -> throw ApiException.conflict(RECORDING_CLOSED, "This segment's recording"
                                    + " is closed: its generation job has started");
                            case FULL -> throw new ApiException(413, ErrorCode.PAYLOAD_TOO_LARGE,
                                    "This segment holds the most audio it may ("
                                            + limits.maxAudioSize().asLongValue() + " bytes)");
                        }))
                .call(receipt -> receipt.stored() && receipt.takeStart()
                        ? logs.info(segment.id, null, "chunk_upload", "Take started at chunk " + index + " ("
                                + header.contentType() + ")")
                        : Uni.createFrom().voidItem());
    }

    private static ApiException unsupported() {
        return new ApiException(422, UNSUPPORTED, "The audio must be WebM, Ogg, MP4 or WAV, told by its content"
                + " (a recording's first chunk carries the header)");
    }

    /** An upload's bytes and chunk index, from a multipart form or a raw body. */
    record Upload(int index, byte[] bytes) {

        static Upload read(byte[] body, String contentType, String field, String indexParam) {
            byte[] bytes = body == null ? new byte[0] : body;
            String index = indexParam;
            if (MultipartForm.isMultipart(contentType)) {
                MultipartForm form;
                try {
                    form = MultipartForm.parse(bytes, contentType);
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest(ErrorCode.BAD_REQUEST, "Malformed multipart body: " + e.getMessage());
                }
                MultipartForm.Part file = form.part(field) != null ? form.part(field) : form.firstFile();
                if (file == null) {
                    throw ApiException.invalid(field, "the form has no " + field + " file");
                }
                bytes = file.bytes();
                if (index == null && form.part("chunk_index") != null) {
                    index = form.part("chunk_index").text().trim();
                }
            }
            if (index == null || index.isBlank()) {
                throw ApiException.invalid("chunk_index", "is required (0 for the first chunk)");
            }
            int parsed;
            try {
                parsed = Integer.parseInt(index.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("chunk_index", "must be a whole number");
            }
            if (parsed < 0 || parsed > 100_000) {
                throw ApiException.invalid("chunk_index", "must be 0 to 100000");
            }
            if (bytes.length == 0) {
                throw new ApiException(422, UNSUPPORTED, "The chunk is empty");
            }
            return new Upload(parsed, bytes);
        }
    }
}
