package io.quizcast.generation.audio;

import java.util.List;

/**
 * The containers a browser's MediaRecorder writes, told by their first bytes: WebM (EBML header), Ogg (a first page,
 * "beginning of stream" flag) and MP4 (an ftyp box). A chunk that begins with one starts a take; a later chunk of the
 * same recorder carries the stream's continuation, which has no header of its own.
 */
public enum AudioFormat {

    WEBM("audio/webm", "webm"),
    OGG("audio/ogg", "ogg"),
    MP4("audio/mp4", "mp4"),
    WAV("audio/wav", "wav");

    public static final List<String> CONTENT_TYPES = List.of(WEBM.contentType, OGG.contentType, MP4.contentType,
            WAV.contentType);

    private static final int OGG_BEGINNING_OF_STREAM = 0x02;

    private final String contentType;
    private final String extension;

    AudioFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name's extension a speech-to-text server reads as the format's hint. */
    public String extension() {
        return extension;
    }

    /** The container whose header these bytes begin with, or null (a continuation, or not audio at all). */
    public static AudioFormat ofHeader(byte[] bytes) {
        if (startsWith(bytes, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return WEBM;
        }
        if (startsWith(bytes, 0, 'O', 'g', 'g', 'S') && bytes.length > 5
                && (bytes[5] & OGG_BEGINNING_OF_STREAM) != 0) {
            return OGG;
        }
        if (startsWith(bytes, 4, 'f', 't', 'y', 'p')) {
            return MP4;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'A', 'V', 'E')) {
            return WAV;
        }
        return null;
    }

    /** Bytes that are plainly something else (an image, a document, an archive): never a recorder's continuation. */
    public static boolean plainlyNotAudio(byte[] bytes) {
        // four-byte signatures only: a continuation is arbitrary bytes, and refusing one would lose a talk's audio
        return startsWith(bytes, 0, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0, 'G', 'I', 'F', '8')
                || startsWith(bytes, 0, '%', 'P', 'D', 'F') || startsWith(bytes, 0, 'P', 'K', 3, 4);
    }

    /** The format of a content type's name, or null. */
    public static AudioFormat ofContentType(String contentType) {
        for (AudioFormat format : values()) {
            if (format.contentType.equals(contentType)) {
                return format;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes == null || bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
