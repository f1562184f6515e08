package tn.entrix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlouciSettingsTest {

    @TempDir
    Path root;

    @Test
    void byDefaultTheSimulatorWithKeysGeneratedOnceIntoTheStateFolder() throws Exception {
        StateDirectory state = new StateDirectory(root);
        FlouciSettings first = FlouciSettings.fromEnvironment(Map.of(), state);
        FlouciSettings second = FlouciSettings.fromEnvironment(Map.of(), state);

        assertTrue(first.simulator());
        assertEquals("http://localhost:20080/flouci-sim", first.baseUrl(20080));
        assertEquals(Map.of("FLOUCI_BASE_URL", "http://localhost:20080/flouci-sim"), first.domainValues(20080));
        assertEquals(first.serverEnvironment(), second.serverEnvironment(), "generated once, then kept");
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(state.flouci().resolve("private-key"))));
        assertTrue(first.webhookSecret().length() >= 16);
        assertFalse(first.toString().contains(first.privateKey()));
    }

    @Test
    void theRealFlouciWhenItsUrlAndKeysAreGiven() {
        FlouciSettings real = FlouciSettings.fromEnvironment(Map.of(
                "ENTRIX_FLOUCI_BASE_URL", "https://developers.flouci.com/",
                "ENTRIX_FLOUCI_PUBLIC_KEY", "pub", "ENTRIX_FLOUCI_PRIVATE_KEY", "priv"), new StateDirectory(root));

        assertFalse(real.simulator());
        assertEquals("https://developers.flouci.com", real.baseUrl(8080));
        assertEquals("pub", real.serverEnvironment().get("ENTRIX_FLOUCI_PUBLIC_KEY"));
        assertEquals("priv", real.serverEnvironment().get("ENTRIX_FLOUCI_PRIVATE_KEY"));
    }

    @Test
    void keysWithoutUrlOrUrlWithoutKeysAreRefused() {
        StateDirectory state = new StateDirectory(root);
        assertThrows(StackFailure.class, () -> FlouciSettings.fromEnvironment(
                Map.of("ENTRIX_FLOUCI_PUBLIC_KEY", "pub"), state));
        assertThrows(StackFailure.class, () -> FlouciSettings.fromEnvironment(
                Map.of("ENTRIX_FLOUCI_BASE_URL", "https://developers.flouci.com"), state));
        assertThrows(StackFailure.class, () -> FlouciSettings.fromEnvironment(Map.of(
                "ENTRIX_FLOUCI_BASE_URL", "ftp://x", "ENTRIX_FLOUCI_PUBLIC_KEY", "a",
                "ENTRIX_FLOUCI_PRIVATE_KEY", "b"), state));
        assertThrows(StackFailure.class, () -> FlouciSettings.fromEnvironment(
                Map.of("ENTRIX_FLOUCI_WEBHOOK_SECRET", "short"), state));
    }
}
