package io.quizcast.generation.audio;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What an upload of a chunk stored; {@code success}, {@code file_size} and {@code storage_path} keep the original
 * client's names. {@code stored} is false when the same bytes were already there.
 */
@RegisterForReflection // serialised by Jackson in the native image
public record ChunkReceipt(int chunkIndex, long fileSize, String sha256, boolean stored, boolean takeStart,
        boolean success, String storagePath) {
}
