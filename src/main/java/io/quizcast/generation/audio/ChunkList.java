package io.quizcast.generation.audio;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The chunks the server holds for a segment: what a reloaded page need not send again. */
@RegisterForReflection // serialised by Jackson in the native image
public record ChunkList(List<Item> chunks, long totalBytes) {

    /** One stored chunk. */
    @RegisterForReflection
    public record Item(int chunkIndex, long fileSize, boolean takeStart) {
    }

    public static ChunkList of(List<Takes.Chunk> chunks) {
        return new ChunkList(chunks.stream().map(c -> new Item(c.index(), c.byteSize(), c.takeStart())).toList(),
                chunks.stream().mapToLong(Takes.Chunk::byteSize).sum());
    }
}
