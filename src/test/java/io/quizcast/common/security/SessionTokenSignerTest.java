package io.quizcast.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The signed session token: what it names, what breaks it, and key rotation. */
class SessionTokenSignerTest {

    private static final Randomness RANDOM = new Randomness();
    private static final String KEY_1 = "1:" + key();
    private static final String KEY_2 = "2:" + key();

    private static String key() {
        return Base64.getEncoder().encodeToString(RANDOM.bytes(32));
    }

    @Test
    void aTokenNamesItsParticipantAndEventAndTwoTokensDiffer() {
        SessionTokenSigner signer = new SessionTokenSigner(List.of(KEY_1), RANDOM);
        UUID participant = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String token = signer.issue(participant, event);
        assertThat(token).hasSize(SessionTokenSigner.LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(SessionTokens.looksLikeJwt(token)).isFalse();
        assertThat(signer.verify(token)).isEqualTo(new SessionTokenSigner.Signed(participant, event));
        assertThat(signer.issue(participant, event)).isNotEqualTo(token);
    }

    @Test
    void anyChangedCharacterBreaksIt() {
        SessionTokenSigner signer = new SessionTokenSigner(List.of(KEY_1), RANDOM);
        String token = signer.issue(UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String changed = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
            assertThat(signer.verify(changed)).as("character %d changed", i).isNull();
        }
    }

    @Test
    void otherTokensAreNotSignedOnes() {
        SessionTokenSigner signer = new SessionTokenSigner(List.of(KEY_1), RANDOM);
        String random = Base64.getUrlEncoder().withoutPadding().encodeToString(RANDOM.bytes(32));
        assertThat(signer.verify(random)).isNull();
        assertThat(signer.verify(null)).isNull();
        assertThat(signer.verify("!".repeat(SessionTokenSigner.LENGTH))).isNull();
        String otherKey = new SessionTokenSigner(List.of("1:" + key()), RANDOM).issue(UUID.randomUUID(),
                UUID.randomUUID());
        assertThat(signer.verify(otherKey)).isNull();
    }

    @Test
    void aNewKeySignsWhileTheOldOneStillVerifiesUntilItIsRemoved() {
        SessionTokenSigner before = new SessionTokenSigner(List.of(KEY_1), RANDOM);
        SessionTokenSigner during = new SessionTokenSigner(List.of(KEY_2, KEY_1), RANDOM);
        SessionTokenSigner after = new SessionTokenSigner(List.of(KEY_2), RANDOM);
        String old = before.issue(UUID.randomUUID(), UUID.randomUUID());
        String fresh = during.issue(UUID.randomUUID(), UUID.randomUUID());
        assertThat(during.verify(old)).isNotNull();
        assertThat(after.verify(fresh)).isNotNull();
        assertThat(after.verify(old)).isNull();
        assertThat(before.verify(fresh)).isNull();
    }

    @Test
    void withoutKeysAProcessSignsWithItsOwn() {
        SessionTokenSigner one = new SessionTokenSigner(List.of(), RANDOM);
        SessionTokenSigner other = new SessionTokenSigner(List.of(), RANDOM);
        String token = one.issue(UUID.randomUUID(), UUID.randomUUID());
        assertThat(one.verify(token)).isNotNull();
        assertThat(other.verify(token)).isNull();
    }

    @Test
    void badKeysAreRefusedAtStart() {
        assertThatThrownBy(() -> new SessionTokenSigner(List.of("1:" + Base64.getEncoder().encodeToString(
                new byte[16])), RANDOM)).hasMessageContaining("shorter than 32 bytes");
        assertThatThrownBy(() -> new SessionTokenSigner(List.of("0:" + key()), RANDOM))
                .hasMessageContaining("1-255");
        assertThatThrownBy(() -> new SessionTokenSigner(List.of(key()), RANDOM))
                .hasMessageContaining("id:base64-secret");
    }
}
