package tn.entrix.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The master key that seals the events' private signing keys in the database (the server's
 * {@code entrix.access.master-key-file}): 32 random bytes (AES-256), base64 on one line, generated on first start into
 * the state folder, readable by its owner only. Never in the repository, and never replaced by the launcher: with
 * another master key, the sealed keys of the events already signed no longer open. A deployment brings its own.
 */
final class AccessMasterKey {

    private final Path file;

    AccessMasterKey(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void ensureExists() {
        if (Files.exists(file)) {
            return;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        StateDirectory.writeSecret(file, Base64.getEncoder().encodeToString(key) + "\n");
        Console.info("Access master key generated in " + file);
    }
}
