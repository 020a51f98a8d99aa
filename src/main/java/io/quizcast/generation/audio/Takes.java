package io.quizcast.generation.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a segment's stored chunks into takes: a take is a chunk with a container header and the header-less chunks
 * after it, in index order; their bytes joined are one file. Chunks missing between stored ones are named (the take
 * is sent without them: a decoder resumes at the next cluster or page); header-less chunks before any header belong
 * to no take and are skipped.
 */
public final class Takes {

    private Takes() {
    }

    /** One chunk as stored, without its bytes. */
    public record Chunk(int index, boolean takeStart, String contentType, int byteSize, String sha256) {
    }

    /** A take: its chunks' indexes, the container, its size, and one hash for exactly these bytes. */
    public record Take(int firstChunk, int lastChunk, String contentType, long byteSize, List<String> chunkHashes) {

        public String audioHash() {
            return Hashes.sha256(String.join(",", chunkHashes));
        }
    }

    /** The takes, the missing indexes and the skipped ones. */
    public record Grouping(List<Take> takes, List<Integer> missing, List<Integer> orphans) {
    }

    /** @param chunks in ascending index order */
    public static Grouping of(List<Chunk> chunks) {
        List<Take> takes = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<Integer> orphans = new ArrayList<>();
        Chunk first = null;
        Chunk last = null;
        long size = 0;
        List<String> hashes = new ArrayList<>();
        int expected = 0;
        for (Chunk chunk : chunks) {
            for (int gap = expected; gap < chunk.index(); gap++) {
                missing.add(gap);
            }
            expected = chunk.index() + 1;
            if (chunk.takeStart()) {
                if (first != null) {
                    takes.add(new Take(first.index(), last.index(), first.contentType(), size, List.copyOf(hashes)));
                }
                first = chunk;
                size = 0;
                hashes.clear();
            } else if (first == null) {
                orphans.add(chunk.index());
                continue;
            }
            last = chunk;
            size += chunk.byteSize();
            hashes.add(chunk.sha256());
        }
        if (first != null) {
            takes.add(new Take(first.index(), last.index(), first.contentType(), size, List.copyOf(hashes)));
        }
        return new Grouping(takes, missing, orphans);
    }
}
