package io.quizcast.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * The one source of secure randomness: session tokens' random part and keys, join codes. A bean, created at run time, because a
 * SecureRandom seeded while a native image is built would repeat its values in every process.
 */
@ApplicationScoped
public class Randomness {

    // read from the back of a room off a projector: no 0/O, 1/I/L to mix up (31 characters, 887 million codes)
    static final String CODE_ALPHABET_TEXT = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final char[] CODE_ALPHABET = CODE_ALPHABET_TEXT.toCharArray();

    private final SecureRandom random = new SecureRandom();

    /** {@code n} random bytes. */
    public byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A join code: {@code length} characters of [A-Z0-9]. */
    public String joinCode(int length) {
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
