package io.quizcast.generation.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AudioFormatTest {

    static final byte[] WEBM_HEADER = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86,
            (byte) 0x81};
    static final byte[] OGG_FIRST_PAGE = {'O', 'g', 'g', 'S', 0, 0x02, 0, 0};
    static final byte[] OGG_LATER_PAGE = {'O', 'g', 'g', 'S', 0, 0x00, 0, 0};
    static final byte[] MP4_HEADER = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    static final byte[] WAV_HEADER = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' '};

    @Test
    void recordersHeadersAreToldByTheirFirstBytes() {
        assertThat(AudioFormat.ofHeader(WEBM_HEADER)).isEqualTo(AudioFormat.WEBM);
        assertThat(AudioFormat.ofHeader(OGG_FIRST_PAGE)).isEqualTo(AudioFormat.OGG);
        assertThat(AudioFormat.ofHeader(MP4_HEADER)).isEqualTo(AudioFormat.MP4);
        assertThat(AudioFormat.ofHeader(WAV_HEADER)).isEqualTo(AudioFormat.WAV);
    }

    @Test
    void aContinuationOrAnythingElseHasNoHeader() {
        assertThat(AudioFormat.ofHeader(OGG_LATER_PAGE)).isNull();
        assertThat(AudioFormat.ofHeader(new byte[]{0x1F, 0x43, (byte) 0xB6, 0x75, 1, 2})).isNull();
        assertThat(AudioFormat.ofHeader("<html>".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(AudioFormat.ofHeader(new byte[]{0x1A, 0x45})).isNull();
        assertThat(AudioFormat.ofHeader(new byte[0])).isNull();
        assertThat(AudioFormat.ofHeader(new byte[]{'R', 'I', 'F', 'F', 1, 2, 3, 4, 'A', 'V', 'I', ' '})).isNull();
    }

    @Test
    void imagesDocumentsAndArchivesAreNeverAContinuation() {
        assertThat(AudioFormat.plainlyNotAudio(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D})).isTrue();
        assertThat(AudioFormat.plainlyNotAudio("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(AudioFormat.plainlyNotAudio(new byte[]{'P', 'K', 3, 4, 0})).isTrue();
        assertThat(AudioFormat.plainlyNotAudio(new byte[]{0x1F, 0x43, (byte) 0xB6, 0x75})).isFalse();
        assertThat(AudioFormat.plainlyNotAudio(new byte[]{'{', '"'})).isFalse();
    }

    @Test
    void contentTypesAndExtensionsNameTheContainer() {
        assertThat(AudioFormat.ofContentType("audio/ogg")).isEqualTo(AudioFormat.OGG);
        assertThat(AudioFormat.ofContentType("video/webm")).isNull();
        assertThat(AudioFormat.MP4.extension()).isEqualTo("mp4");
        assertThat(AudioFormat.CONTENT_TYPES).containsExactly("audio/webm", "audio/ogg", "audio/mp4", "audio/wav");
    }
}
