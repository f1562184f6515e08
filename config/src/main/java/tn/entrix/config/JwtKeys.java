package tn.entrix.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RSA key pair that signs and verifies the application's JWTs (MP-JWT), generated with the JDK on first start
 * into the state folder: {@code private.pem} (PKCS#8) and {@code public.pem} (X.509 SubjectPublicKeyInfo), the PEM
 * forms MP-JWT and most tools read. Never in the repository; a production deployment brings its own.
 */
final class JwtKeys {

    private final Path privateKey;
    private final Path publicKey;

    JwtKeys(Path directory) {
        this.privateKey = directory.resolve("private.pem");
        this.publicKey = directory.resolve("public.pem");
    }

    Path privateKey() {
        return privateKey;
    }

    Path publicKey() {
        return publicKey;
    }

    /** Generates the pair unless the private key exists; the public key is written first so a pair is complete. */
    void ensureExist() {
        if (Files.exists(privateKey)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            StateDirectory.writeSecret(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            StateDirectory.writeSecret(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Console.info("JWT signing keys generated in " + privateKey.getParent());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has RSA", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
