package tn.entrix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessMasterKeyTest {

    @TempDir
    Path state;

    @Test
    void thirtyTwoRandomBytesOnlyItsOwnerCanReadKeptAcrossRuns() throws Exception {
        AccessMasterKey key = new AccessMasterKey(state.resolve("access/master.key"));
        key.ensureExists();
        String first = Files.readString(key.file());
        assertEquals(32, Base64.getDecoder().decode(first.strip()).length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file())));

        new AccessMasterKey(key.file()).ensureExists();
        assertEquals(first, Files.readString(key.file()), "never replaced: the sealed keys would not open");
    }
}
