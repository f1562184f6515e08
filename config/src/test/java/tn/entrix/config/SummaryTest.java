package tn.entrix.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

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
    void namesTheFolderWhereTheServersEmailsLand() throws IOException {
        String summary = summary(MailSettings.fromEnvironment(Map.of(), 2525));

        assertTrue(summary.contains("Emails          sent by the server: " + root.resolve(".entrix/mail") + "/"),
                summary);
        assertTrue(summary.contains("mail sink on localhost:2525, from Entrix <no-reply@entrix.local>"), summary);
        assertTrue(summary.contains(root.resolve(".entrix/logs/mail-sink.log").toString()), summary);
    }

    @Test
    void namesTheExternalServerWithoutItsPassword() throws IOException {
        String summary = summary(MailSettings.fromEnvironment(Map.of("ENTRIX_SMTP_HOST", "smtp.example.tn",
                "ENTRIX_SMTP_USER", "entrix", "ENTRIX_SMTP_PASSWORD", "s3cret"), 2525));

        assertTrue(summary.contains("Emails          sent through the external SMTP server smtp.example.tn:587 "
                + "(STARTTLS) as entrix"), summary);
        assertFalse(summary.contains("s3cret"), summary);
        assertFalse(summary.contains("mail-sink.log"), summary);
    }

    @Test
    void namesTheFlouciSimulatorAndWhereItsKeysAreButNotTheKeys() throws IOException {
        String summary = summary(MailSettings.fromEnvironment(Map.of(), 2525));
        StateDirectory state = new StateDirectory(root.resolve(".entrix"));
        String publicKey = StateDirectory.read(state.flouciPublicKeyFile());

        assertTrue(summary.contains("Flouci          simulator http://localhost:8080/flouci-sim/"), summary);
        assertTrue(summary.contains(root.resolve(".entrix/flouci").toString()), summary);
        assertFalse(summary.contains(publicKey), summary);
    }

    private String summary(MailSettings mail) throws IOException {
        StackOptions options = StackOptions.parse(new String[] {"up"});
        StateDirectory state = new StateDirectory(options.state());
        Path config = Files.createDirectories(state.domains().resolve("entrix/config"));
        Files.writeString(config.resolve("domain.xml"), """
                <domain><configs><config name="server-config"><network-config><network-listeners>
                  <network-listener name="http-listener-1" port="8080"></network-listener>
                  <network-listener name="admin-listener" port="4848"></network-listener>
                </network-listeners></network-config></config></configs></domain>
                """);
        Domain domain = new Domain("entrix", state.domains(), options.payara());
        Database database = new Database("localhost", 5433, "entrix", "entrix", "pw", true);
        FlouciSettings flouci = FlouciSettings.fromEnvironment(Map.of(), state);
        return Summary.of(options, database, mail, flouci, domain, new Stack.Superadmin("admin", "pw", "in a file"), state,
                "1.0");
    }
}
