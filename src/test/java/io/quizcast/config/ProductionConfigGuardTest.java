package io.quizcast.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionConfigGuardTest {

    private static final Optional<String> KEY = Optional.of("file:/etc/quizcast/public.pem");
    private static final Optional<String> SIGN = Optional.of("file:/etc/quizcast/private.pem");

    @Test
    void configuredKeysAndListedOriginsPass() {
        assertThat(ProductionConfigGuard.problems(KEY, SIGN, Optional.of("https://quiz.example.com"))).isEmpty();
        assertThat(ProductionConfigGuard.problems(KEY, SIGN, Optional.empty())).isEmpty();
    }

    @Test
    void missingKeysAreRefused() {
        assertThat(ProductionConfigGuard.problems(Optional.empty(), Optional.of(" "), Optional.empty()))
                .hasSize(2)
                .anyMatch(p -> p.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
                .anyMatch(p -> p.contains("SMALLRYE_JWT_SIGN_KEY_LOCATION"));
    }

    @Test
    void shippedTestKeysAreRefused() {
        assertThat(ProductionConfigGuard.problems(Optional.of("test-keys/public.pem"),
                Optional.of("test-keys/private.pem"), Optional.empty()))
                .containsExactly("the development/test token keys are not for production");
    }

    @Test
    void wildcardCorsIsRefused() {
        assertThat(ProductionConfigGuard.problems(KEY, SIGN, Optional.of("https://a.example, *"))).hasSize(1);
        assertThat(ProductionConfigGuard.problems(KEY, SIGN, Optional.of("/.*/"))).hasSize(1);
    }
}
