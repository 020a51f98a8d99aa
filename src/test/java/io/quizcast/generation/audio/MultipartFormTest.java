package io.quizcast.generation.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    static final String TYPE = "multipart/form-data; boundary=----b0undary";

    static byte[] body(byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("------b0undary\r\nContent-Disposition: form-data; name=\"chunk_index\"\r\n\r\n7\r\n"
                + "------b0undary\r\nContent-Disposition: form-data; name=\"audio_chunk\"; filename=\"chunk-7.webm\"\r\n"
                + "Content-Type: audio/webm\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(file);
        out.writeBytes("\r\n------b0undary--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void readsFieldsAndABinaryFileExactly() {
        // the file holds CRLFs and dashes: only the full delimiter ends it
        byte[] file = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, '\r', '\n', '-', '-', 0, (byte) 0xFF};

        MultipartForm form = MultipartForm.parse(body(file), TYPE);

        assertThat(form.part("chunk_index").text()).isEqualTo("7");
        assertThat(form.part("chunk_index").fileName()).isNull();
        MultipartForm.Part audio = form.part("audio_chunk");
        assertThat(audio.fileName()).isEqualTo("chunk-7.webm");
        assertThat(audio.contentType()).isEqualTo("audio/webm");
        assertThat(audio.bytes()).containsExactly(file);
        assertThat(form.firstFile()).isSameAs(audio);
    }

    @Test
    void aQuotedBoundaryIsRead() {
        MultipartForm form = MultipartForm.parse(body(new byte[]{1, 2, 3}),
                "multipart/form-data; boundary=\"----b0undary\"");

        assertThat(form.part("audio_chunk").bytes()).containsExactly(1, 2, 3);
    }

    @Test
    void malformedBodiesSayWhy() {
        assertThatThrownBy(() -> MultipartForm.parse(body(new byte[]{1}), "multipart/form-data"))
                .hasMessageContaining("boundary");
        assertThatThrownBy(() -> MultipartForm.parse("nothing".getBytes(StandardCharsets.US_ASCII), TYPE))
                .hasMessageContaining("no part");
        byte[] unterminated = "------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> MultipartForm.parse(unterminated, TYPE)).hasMessageContaining("closing boundary");
    }

    @Test
    void onlyMultipartFormDataIsMultipart() {
        assertThat(MultipartForm.isMultipart("Multipart/Form-Data; boundary=x")).isTrue();
        assertThat(MultipartForm.isMultipart("audio/webm")).isFalse();
        assertThat(MultipartForm.isMultipart(null)).isFalse();
    }
}
