package io.quizcast.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Join codes are read off a projector: none holds a character that looks like another (0/O, 1/I/L). */
class JoinCodeAlphabetTest {

    @Test
    void codesAreSixCharactersWithoutLookAlikes() {
        Randomness randomness = new Randomness();
        for (int i = 0; i < 5_000; i++) {
            assertThat(randomness.joinCode(6)).matches("[A-Z0-9]{6}").doesNotContainPattern("[01OIL]");
        }
    }
}
