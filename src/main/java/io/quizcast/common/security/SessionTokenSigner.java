package io.quizcast.common.security;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.quizcast.config.QuizcastConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Participant session tokens that name their participant and event under an HMAC-SHA256 of a key the pods share:
 * a pod checks who a token is without the database. Layout, base64url: version, key id, participant, event, 18
 * random bytes, MAC. The signature only says who the token names; whether it still works (not kicked, not
 * replaced) is the hash the database and the room keep. See docs/decisions.md, "Session tokens a pod checks alone".
 */
@ApplicationScoped
public class SessionTokenSigner {

    /** Who a verified token names. */
    public record Signed(UUID participantId, UUID eventId) {
    }

    private static final Logger LOG = Logger.getLogger(SessionTokenSigner.class);
    private static final byte VERSION = 1;
    private static final int RANDOM = 18;
    private static final int BODY = 2 + 16 + 16 + RANDOM;
    private static final int MAC = 32;
    /** Base64url of BODY + MAC bytes (a multiple of 3: no spare bits, one spelling per token): its only length. */
    static final int LENGTH = (BODY + MAC) / 3 * 4;
    private static final String ALGORITHM = "HmacSHA256";

    private final Randomness randomness;
    private final Map<Byte, SecretKeySpec> keys = new HashMap<>();
    private final byte signingKey;
    // false where the runtime has no HmacSHA256 (a native image built without the provider): plain random tokens,
    // which every pod checks in the database, as before the signatures
    private final boolean signing;

    @Inject
    SessionTokenSigner(QuizcastConfig config, Randomness randomness) {
        this(config.auth().sessionKeys().orElse(List.of()), randomness);
    }

    /** With these keys ({@code id:base64-secret}, the first signs); none: a random one. */
    public SessionTokenSigner(List<String> configured, Randomness randomness) {
        this.randomness = randomness;
        byte first = 0;
        for (String entry : configured) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            byte id;
            byte[] secret;
            try {
                int n = Integer.parseInt(entry.substring(0, Math.max(colon, 0)).trim());
                if (n < 1 || n > 255) {
                    throw new IllegalArgumentException("the id must be 1-255");
                }
                id = (byte) n;
                secret = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("quizcast.auth.session-keys: each entry is id:base64-secret ("
                        + e.getMessage() + ")", e);
            }
            if (secret.length < 32) {
                throw new IllegalArgumentException("quizcast.auth.session-keys: key " + (id & 0xff)
                        + " is shorter than 32 bytes");
            }
            keys.put(id, new SecretKeySpec(secret, ALGORITHM));
            first = first == 0 ? id : first;
        }
        if (first == 0) {
            first = 1;
            keys.put(first, new SecretKeySpec(randomness.bytes(32), ALGORITHM));
            String message = "No quizcast.auth.session-keys: session tokens are signed with a key of this process"
                    + " only; another pod checks them in the database (slower after a pod loss)";
            if (ConfigUtils.isProfileActive("prod")) {
                LOG.warn(message);
            } else {
                LOG.debug(message);
            }
        }
        this.signingKey = first;
        this.signing = macAvailable();
    }

    private static boolean macAvailable() {
        try {
            Mac.getInstance(ALGORITHM);
            return true;
        } catch (GeneralSecurityException e) {
            LOG.errorf("%s is not available (%s): session tokens are random and checked in the database", ALGORITHM,
                    e);
            return false;
        }
    }

    /** A fresh token for a participant of an event. */
    public String issue(UUID participantId, UUID eventId) {
        if (!signing) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(randomness.bytes(32));
        }
        ByteBuffer token = ByteBuffer.allocate(BODY + MAC);
        token.put(VERSION).put(signingKey);
        put(token, participantId);
        put(token, eventId);
        token.put(randomness.bytes(RANDOM));
        token.put(mac(keys.get(signingKey), token.array()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    /**
     * Who the token names, or null when it is not a token this service signed with a key it still has (an older
     * random token, a forged one, or one of a key taken out of service: those are checked in the database).
     */
    public Signed verify(String token) {
        if (!signing || token == null || token.length() != LENGTH) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return null;
        }
        SecretKeySpec key = keys.get(bytes[1]);
        if (bytes[0] != VERSION || key == null) {
            return null;
        }
        byte[] expected = mac(key, bytes);
        byte[] given = new byte[MAC];
        System.arraycopy(bytes, BODY, given, 0, MAC);
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        ByteBuffer body = ByteBuffer.wrap(bytes, 2, 32);
        return new Signed(new UUID(body.getLong(), body.getLong()), new UUID(body.getLong(), body.getLong()));
    }

    private static void put(ByteBuffer buffer, UUID id) {
        buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }

    /** The MAC of the token's first BODY bytes. */
    private static byte[] mac(SecretKeySpec key, byte[] token) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(token, 0, BODY);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always present", e);
        }
    }
}
