package io.quizcast.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** A throw-away RSA key pair for dev-mode tokens, generated once into target/dev-keys. */
final class DevKeys {

    private DevKeys() {
    }

    static synchronized Map<String, String> ensure() {
        Path dir = Path.of("target", "dev-keys").toAbsolutePath();
        Path privateKey = dir.resolve("private.pem");
        Path publicKey = dir.resolve("public.pem");
        try {
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.createDirectories(dir);
                Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(DevDefaultsConfigSourceFactory.PUBLIC_KEY, publicKey.toUri().toString(),
                DevDefaultsConfigSourceFactory.SIGN_KEY, privateKey.toUri().toString());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
