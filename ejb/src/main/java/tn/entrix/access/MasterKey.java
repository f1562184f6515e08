package tn.entrix.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's master key (AES-256, base64 in the file {@code entrix.access.master-key-file}; the dev launcher and the
 * tests generate one into their state folder, a deployment brings its own). It seals the events' private signing
 * keys with AES-GCM before they reach the database, the key's identity as associated data: a sealed key copied onto
 * another key's row does not open.
 */
@ApplicationScoped
public class MasterKey {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    @Inject
    @ConfigProperty(name = "entrix.access.master-key-file")
    Optional<String> file;

    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey key;

    public byte[] seal(byte[] secret, String context) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal with the master key", e);
        }
    }

    public byte[] open(byte[] sealed, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed key does not open with this master key (" + context
                    + "): was entrix.access.master-key-file replaced?", e);
        }
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            String path = file.filter(f -> !f.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "entrix.access.master-key-file (ENTRIX_ACCESS_MASTER_KEY_FILE) is not configured: access rights "
                            + "cannot be signed"));
            try {
                byte[] bytes = Base64.getDecoder().decode(Files.readString(Path.of(path)).strip());
                if (bytes.length != 32) {
                    throw new IllegalStateException(path + " must hold 32 bytes in base64, not " + bytes.length);
                }
                k = new SecretKeySpec(bytes, "AES");
                key = k;
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("Cannot read the master key " + path + ": " + e.getMessage(), e);
            }
        }
        return k;
    }
}
