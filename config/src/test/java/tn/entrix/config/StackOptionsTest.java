package tn.entrix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackOptionsTest {

    @TempDir
    Path root;

    @BeforeEach
    void root() {
        System.setProperty("entrix.root", root.toString());
    }

    @AfterEach
    void noRoot() {
        System.clearProperty("entrix.root");
    }

    @Test
    void theDevStackNeedsNoOption() {
        StackOptions options = StackOptions.parse(new String[] {"up"});
        assertEquals(root.resolve(".entrix"), options.state());
        assertEquals(root.resolve(".payara/payara6"), options.payara());
        assertEquals("entrix", options.domain());
        assertNull(options.portBase(), "Payara's usual ports: admin 4848, HTTP 8080");
        assertEquals(5433, options.dbPort());
        assertEquals(2525, options.mailPort());
        assertFalse(options.freshDb());
        assertFalse(options.demo());
        assertNull(options.ear());
    }

    @Test
    void theIntegrationTestsInvocation() {
        StackOptions options = StackOptions.parse(new String[] {"up", "--state", "it/target/entrix-it", "--domain",
                "entrix-it", "--portbase", "20000", "--db-port", "25432", "--mail-port", "20025", "--fresh-db"});
        assertTrue(options.state().isAbsolute());
        assertTrue(options.state().endsWith(Path.of("it/target/entrix-it")));
        assertEquals("entrix-it", options.domain());
        assertEquals(20000, options.portBase());
        assertEquals(25432, options.dbPort());
        assertEquals(20025, options.mailPort());
        assertTrue(options.freshDb());
    }

    @Test
    void theMailSinkMovesWithThePortBaseUnlessGivenItsOwnPort() {
        assertEquals(21525, StackOptions.parse(new String[] {"up", "--portbase", "21500"}).mailPort(),
                "base + 25: a second stack's sink does not collide with the dev one on 2525");
        assertEquals(3025, StackOptions.parse(new String[] {"up", "--portbase", "21500", "--mail-port", "3025"})
                .mailPort());
        assertEquals(3025, StackOptions.parse(new String[] {"up", "--mail-port", "3025"}).mailPort());
    }

    @Test
    void mistakesAreReportedWithTheUsage() {
        assertThrows(StackFailure.class, () -> StackOptions.parse(new String[] {}));
        assertThrows(StackFailure.class, () -> StackOptions.parse(new String[] {"start"}));
        assertThrows(StackFailure.class, () -> StackOptions.parse(new String[] {"up", "--portbase"}));
        assertThrows(StackFailure.class, () -> StackOptions.parse(new String[] {"up", "--portbase", "x"}));
        assertThrows(StackFailure.class, () -> StackOptions.parse(new String[] {"up", "--colour"}));
        assertThrows(StackFailure.class, () -> StackOptions.parse(new String[] {"up", "--mail-port"}));
        assertThrows(StackFailure.class, () -> StackOptions.parse(new String[] {"up", "--mail-port", "smtp"}));
        StackFailure badPort = assertThrows(StackFailure.class,
                () -> StackOptions.parse(new String[] {"up", "--mail-port", "70000"}));
        assertTrue(badPort.getMessage().contains("--mail-port"), badPort.getMessage());
        StackFailure noEar = assertThrows(StackFailure.class,
                () -> StackOptions.parse(new String[] {"up", "--ear", root.resolve("missing.ear").toString()}));
        assertTrue(noEar.getMessage().contains("No EAR"));
    }
}
