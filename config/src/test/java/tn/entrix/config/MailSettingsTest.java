package tn.entrix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void withoutEnvironmentTheServerSendsToTheStacksSink() {
        MailSettings mail = MailSettings.fromEnvironment(Map.of(), 2525);

        assertTrue(mail.sink());
        assertEquals(Map.of("MAIL_HOST", "localhost", "MAIL_PORT", "2525", "MAIL_STARTTLS", "false",
                "MAIL_FROM", "Entrix <no-reply@entrix.local>"), mail.domainValues());
        assertEquals(Map.of(), mail.serverEnvironment(), "no login, so no credential for the server");
    }

    @Test
    void theSenderCanBeChosenWithTheSink() {
        MailSettings mail = MailSettings.fromEnvironment(Map.of("ENTRIX_MAIL_FROM", "Club Africain <billets@ca.tn>"),
                20025);

        assertTrue(mail.sink());
        assertEquals("20025", mail.domainValues().get("MAIL_PORT"));
        assertEquals("Club Africain <billets@ca.tn>", mail.domainValues().get("MAIL_FROM"));
    }

    @Test
    void anExternalServerReplacesTheSink() {
        MailSettings mail = MailSettings.fromEnvironment(Map.of("ENTRIX_SMTP_HOST", "smtp.example.tn",
                "ENTRIX_SMTP_PORT", "2587", "ENTRIX_SMTP_USER", "entrix", "ENTRIX_SMTP_PASSWORD", "s3cret pass",
                "ENTRIX_MAIL_FROM", "tickets@example.tn"), 2525);

        assertFalse(mail.sink());
        assertEquals(Map.of("MAIL_HOST", "smtp.example.tn", "MAIL_PORT", "2587", "MAIL_STARTTLS", "true",
                "MAIL_FROM", "tickets@example.tn"), mail.domainValues());
        // the names MicroProfile Config maps to entrix.mail.smtp.user and entrix.mail.smtp.password
        assertEquals(Map.of("ENTRIX_MAIL_SMTP_USER", "entrix", "ENTRIX_MAIL_SMTP_PASSWORD", "s3cret pass"),
                mail.serverEnvironment());
        assertFalse(mail.toString().contains("s3cret"), mail.toString());
    }

    @Test
    void anExternalServerDefaultsToSubmissionWithStarttlsAndNoLogin() {
        MailSettings mail = MailSettings.fromEnvironment(Map.of("ENTRIX_SMTP_HOST", "relay"), 2525);

        assertEquals(587, mail.port());
        assertTrue(mail.starttls());
        assertEquals(Map.of(), mail.serverEnvironment());

        MailSettings plain = MailSettings.fromEnvironment(Map.of("ENTRIX_SMTP_HOST", "relay",
                "ENTRIX_SMTP_PORT", "25", "ENTRIX_SMTP_STARTTLS", "false"), 2525);
        assertEquals("false", plain.domainValues().get("MAIL_STARTTLS"));
        assertEquals("25", plain.domainValues().get("MAIL_PORT"));
    }

    @Test
    void mistakesFailTheLaunchNotTheFirstEmail() {
        assertFailure(Map.of("ENTRIX_SMTP_HOST", "relay", "ENTRIX_SMTP_PORT", "smtp"), "ENTRIX_SMTP_PORT");
        assertFailure(Map.of("ENTRIX_SMTP_HOST", "relay", "ENTRIX_SMTP_PORT", "0"), "ENTRIX_SMTP_PORT");
        assertFailure(Map.of("ENTRIX_SMTP_HOST", "relay", "ENTRIX_SMTP_STARTTLS", "yes"), "ENTRIX_SMTP_STARTTLS");
        assertFailure(Map.of("ENTRIX_SMTP_HOST", "relay", "ENTRIX_SMTP_USER", "entrix"), "ENTRIX_SMTP_PASSWORD");
        assertFailure(Map.of("ENTRIX_SMTP_HOST", "relay host"), "ENTRIX_SMTP_HOST");
        assertFailure(Map.of("ENTRIX_SMTP_PORT", "25"), "ENTRIX_SMTP_HOST");
        assertFailure(Map.of("ENTRIX_MAIL_FROM", "not an address"), "ENTRIX_MAIL_FROM");
        assertFailure(Map.of("ENTRIX_MAIL_FROM", "a@b.tn, c@d.tn"), "ENTRIX_MAIL_FROM");
        assertFailure(Map.of("ENTRIX_MAIL_FROM", "\"Entrix\" <a@b.tn>"), "double quote");
    }

    private static void assertFailure(Map<String, String> environment, String named) {
        StackFailure failure = assertThrows(StackFailure.class, () -> MailSettings.fromEnvironment(environment, 2525),
                environment.toString());
        assertTrue(failure.getMessage().contains(named), failure.getMessage());
    }
}
