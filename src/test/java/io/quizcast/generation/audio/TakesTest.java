package io.quizcast.generation.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TakesTest {

    static Takes.Chunk header(int index) {
        return new Takes.Chunk(index, true, "audio/webm", 100, "h" + index);
    }

    static Takes.Chunk more(int index) {
        return new Takes.Chunk(index, false, "application/octet-stream", 50, "h" + index);
    }

    @Test
    void oneRecorderIsOneTakeOfEveryChunkInOrder() {
        Takes.Grouping grouping = Takes.of(List.of(header(0), more(1), more(2)));

        assertThat(grouping.takes()).singleElement().satisfies(take -> {
            assertThat(take.firstChunk()).isZero();
            assertThat(take.lastChunk()).isEqualTo(2);
            assertThat(take.byteSize()).isEqualTo(200);
            assertThat(take.contentType()).isEqualTo("audio/webm");
            assertThat(take.chunkHashes()).containsExactly("h0", "h1", "h2");
        });
        assertThat(grouping.missing()).isEmpty();
        assertThat(grouping.orphans()).isEmpty();
    }

    @Test
    void aRestartedRecorderStartsANewTake() {
        Takes.Grouping grouping = Takes.of(List.of(header(0), more(1), header(2), more(3), more(4), header(5)));

        assertThat(grouping.takes()).extracting(Takes.Take::firstChunk, Takes.Take::lastChunk)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(2, 4),
                        org.assertj.core.groups.Tuple.tuple(5, 5));
    }

    @Test
    void missingChunksAreNamedAndTheTakeGoesOnWithoutThem() {
        Takes.Grouping grouping = Takes.of(List.of(header(0), more(1), more(4)));

        assertThat(grouping.missing()).containsExactly(2, 3);
        assertThat(grouping.takes()).singleElement()
                .satisfies(take -> assertThat(take.chunkHashes()).containsExactly("h0", "h1", "h4"));
    }

    @Test
    void chunksBeforeAnyHeaderBelongToNoTake() {
        Takes.Grouping grouping = Takes.of(List.of(more(1), more(2), header(3), more(4)));

        assertThat(grouping.missing()).containsExactly(0);
        assertThat(grouping.orphans()).containsExactly(1, 2);
        assertThat(grouping.takes()).singleElement().satisfies(take -> assertThat(take.firstChunk()).isEqualTo(3));
    }

    @Test
    void theAudioHashChangesWithAnyChunk() {
        String before = Takes.of(List.of(header(0), more(1))).takes().get(0).audioHash();
        String grown = Takes.of(List.of(header(0), more(1), more(2))).takes().get(0).audioHash();
        String again = Takes.of(List.of(header(0), more(1))).takes().get(0).audioHash();

        assertThat(grown).isNotEqualTo(before);
        assertThat(again).isEqualTo(before);
    }

    @Test
    void noChunksNoTakes() {
        assertThat(Takes.of(List.of()).takes()).isEmpty();
    }
}
