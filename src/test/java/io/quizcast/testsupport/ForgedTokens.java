package io.quizcast.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Account tokens a client must never get through with: expired, or signed by a key that is not the service's. */
public final class ForgedTokens {

    private static final String ISSUER = "https://quizcast.io";

    private ForgedTokens() {
    }

    /** Signed with the service's own (test) key, with every claim right, but expired an hour ago. */
    public static String expired(UUID subject, String username) {
        return Jwt.issuer(ISSUER).subject(subject.toString()).upn(username).groups(Set.of("user", "presenter"))
                .issuedAt(Instant.now().minusSeconds(7_200)).expiresAt(Instant.now().minusSeconds(3_600)).sign();
    }

    /** Every claim right and not expired, but signed by a freshly made key the service has never seen. */
    public static String otherKey(UUID subject, String username) {
        return Jwt.issuer(ISSUER).subject(subject.toString()).upn(username).groups(Set.of("user", "presenter"))
                .expiresIn(3_600).sign(freshKey());
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
