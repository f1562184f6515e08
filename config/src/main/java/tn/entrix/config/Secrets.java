package tn.entrix.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets a dev or test stack needs, generated once into its state folder (git-ignored, mode 0600) unless the
 * environment gives them: the database password, the first SUPERADMIN's password, the JWT signing key pair.
 */
final class Secrets {

    private final Path state;

    Secrets(Path state) {
        this.state = state;
    }

    Path dbPasswordFile() throws IOException {
        return generatedOnce(state.resolve("db-password"), 24);
    }

    Path adminPasswordFile() throws IOException {
        return generatedOnce(state.resolve("admin-password"), 18);
    }

    Path jwtPrivateKey() throws IOException {
        Path privateKey = state.resolve("jwt/private.pem");
        if (!Files.exists(privateKey)) {
            generateKeyPair(privateKey, state.resolve("jwt/public.pem"));
        }
        return privateKey;
    }

    Path jwtPublicKey() throws IOException {
        jwtPrivateKey();
        return state.resolve("jwt/public.pem");
    }

    static String read(Path file) throws IOException {
        return Files.readString(file).strip();
    }

    private static Path generatedOnce(Path file, int bytes) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[bytes];
            new SecureRandom().nextBytes(random);
            writePrivate(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return file;
    }

    private static void generateKeyPair(Path privateKey, Path publicKey) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePrivate(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            writePrivate(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
