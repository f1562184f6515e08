package tn.entrix.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path folder;

    @Test
    void aSealedKeyOpensOnlyWithTheSameMasterKeyAndContext() throws Exception {
        MasterKey master = master("one");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        byte[] sealed = master.seal(secret, "event:1");
        assertEquals(12 + 32 + 16, sealed.length, "nonce, ciphertext, tag");
        assertFalse(contains(sealed, secret), "not stored in clear");
        assertArrayEquals(secret, master.open(sealed, "event:1"));
        assertFalse(Arrays.equals(sealed, master.seal(secret, "event:1")), "a fresh nonce each time");

        assertThrows(IllegalStateException.class, () -> master.open(sealed, "event:2"), "another row's context");
        byte[] tampered = sealed.clone();
        tampered[20] ^= 1;
        assertThrows(IllegalStateException.class, () -> master.open(tampered, "event:1"));
        assertThrows(IllegalStateException.class, () -> master("two").open(sealed, "event:1"), "another master key");
    }

    @Test
    void withoutConfigurationItSaysWhatIsMissing() {
        MasterKey master = new MasterKey();
        master.file = Optional.empty();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> master.seal(new byte[32], "x"));
        assertTrue(e.getMessage().contains("entrix.access.master-key-file"), e.getMessage());
    }

    private MasterKey master(String name) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path file = folder.resolve(name + ".key");
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
        MasterKey master = new MasterKey();
        master.file = Optional.of(file.toString());
        return master;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
