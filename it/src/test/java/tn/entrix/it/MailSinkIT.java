package tn.entrix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stack's mail sink, end to end without the application: what is sent over SMTP to the port the server is given
 * comes back through {@link MailSink}, and the running server holds the settings that point it there.
 */
class MailSinkIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @BeforeAll
    static void theStackRunsTheSink() {
        String external = System.getenv("ENTRIX_SMTP_HOST");
        assumeTrue(external == null || external.isBlank(),
                "ENTRIX_SMTP_HOST is set: the stack sends email there and starts no sink");
    }

    @Test
    void aMessageSentToTheSinkIsReadBackWithItsTextHtmlAndLink() throws Exception {
        String to = "fan-" + Stack.unique() + "@it.entrix.tn";
        String bcc = "audit-" + Stack.unique() + "@it.entrix.tn";
        MimeMessage message = message("Confirmez votre adresse — Entrix");
        message.setRecipients(Message.RecipientType.TO, to);
        message.setRecipients(Message.RecipientType.BCC, bcc);
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Bonjour,\nconfirmez votre adresse : https://entrix.local/confirm?token=t0k3n&lang=fr.\n"
                + "Ensuite : https://entrix.local/login\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Bonjour,</p><p><a href=\"https://entrix.local/confirm?token=t0k3n&amp;lang=fr\">"
                + "Confirmer</a></p>", "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);

        MailSink.Mail mail = MailSink.awaitTo(to, WAIT);

        assertEquals("Confirmez votre adresse — Entrix", mail.subject());
        assertEquals(List.of("Entrix <no-reply@entrix.local>"), mail.from());
        assertEquals(List.of(to, bcc), mail.to(), "envelope recipients, Bcc included");
        assertTrue(mail.text().startsWith("Bonjour,\nconfirmez votre adresse"), mail.text());
        assertTrue(mail.html().contains("<a href="), mail.html());
        assertEquals(Optional.of("https://entrix.local/confirm?token=t0k3n&lang=fr"), mail.firstUrl());
        assertTrue(mail.file().getFileName().toString().matches("\\d{8}T\\d{9}-\\d{6}\\.eml"),
                mail.file().toString());
        assertEquals(mail.file(), MailSink.latestTo(bcc).orElseThrow().file(), "a Bcc recipient finds it too");
        assertEquals(Optional.empty(), MailSink.latestTo("nobody-" + Stack.unique() + "@it.entrix.tn"));
    }

    @Test
    void aMarkKeepsOnlyWhatCameAfterIt() throws Exception {
        String to = "reset-" + Stack.unique() + "@it.entrix.tn";
        send(to, "first", "Lien : https://entrix.local/reset?token=one\n");
        MailSink.Mail first = MailSink.awaitTo(to, WAIT);
        String mark = MailSink.mark();

        assertThrows(AssertionError.class, () -> MailSink.awaitTo(to, Duration.ZERO, mark),
                "nothing to this address after the mark yet");
        send(to, "second", "Lien : https://entrix.local/reset?token=two\n");
        MailSink.Mail second = MailSink.awaitTo(to, WAIT, mark);

        assertNotEquals(first.file(), second.file());
        assertTrue(second.file().getFileName().toString().compareTo(first.file().getFileName().toString()) > 0,
                "names sort by arrival");
        assertEquals("second", second.subject());
        assertEquals(Optional.of("https://entrix.local/reset?token=two"), second.firstUrl());
        assertEquals("second", MailSink.latestTo(to).orElseThrow().subject(), "the latest wins without a mark");
        assertEquals(null, second.html());
    }

    @Test
    void theRunningServerIsToldToSendToTheSink() throws Exception {
        // the server's live system properties (MicroProfile Config's highest default source), as asadmin's
        // generate-jvm-report gives them; the admin command adapter answers asadmin's own plain format
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + System.getProperty("entrix.it.admin.port", "20048")
                        + "/__asadmin/generate-jvm-report?type=summary"))
                .header("User-Agent", "hk2-agent").timeout(Duration.ofSeconds(60)).build();
        String report = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(report.contains("exit-code: SUCCESS"), report);
        // a manifest: long lines go on after a newline and one space; "%%%EOL%%%" ends a report line
        List<String> lines = Arrays.asList(report.replace("\r\n", "\n").replace("\n ", "").split("%%%EOL%%%"));

        assertTrue(lines.contains("entrix.mail.smtp.host = localhost"), report);
        assertTrue(lines.contains("entrix.mail.smtp.port = " + MailSink.port()), report);
        assertTrue(lines.contains("entrix.mail.smtp.starttls = false"), report);
        assertTrue(lines.contains("entrix.mail.from = "
                + System.getenv().getOrDefault("ENTRIX_MAIL_FROM", "Entrix <no-reply@entrix.local>").strip()), report);
    }

    private static void send(String to, String subject, String text) throws Exception {
        MimeMessage message = message(subject);
        message.setRecipients(Message.RecipientType.TO, to);
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    /** A message for the sink, as the server will send it: to localhost on the port it is given. */
    private static MimeMessage message(String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(MailSink.port()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom("Entrix <no-reply@entrix.local>");
        message.setSubject(subject, "UTF-8");
        return message;
    }
}
