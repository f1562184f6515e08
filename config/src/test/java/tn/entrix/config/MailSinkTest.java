package tn.entrix.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink in this JVM on a free port, fed by Jakarta Mail as the application will: the folder contract. */
class MailSinkTest {

    @TempDir
    Path state;

    private MailSink sink;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T00:15:00.123Z"), ZoneOffset.UTC);
        sink = new MailSink(0, state.resolve("mail"), clock);
        sink.start();
    }

    @AfterEach
    void stop() {
        sink.stop();
    }

    @Test
    void everyMessageBecomesOneEmlFileNamedByArrival() throws Exception {
        send("Bienvenue sur Entrix — confirmez votre adresse",
                "Bonjour,\nconfirmez ici : https://entrix.local/confirm?token=abc\n", "fan@it.entrix.tn");
        send("second", "two\n", "other@it.entrix.tn");

        List<Path> files = messages();
        assertEquals(List.of("20261129T001500123-000001.eml", "20261129T001500123-000002.eml"),
                files.stream().map(file -> file.getFileName().toString()).toList());

        MimeMessage first = read(files.get(0));
        assertEquals("Bienvenue sur Entrix — confirmez votre adresse", first.getSubject());
        assertArrayEquals(new InternetAddress[] {new InternetAddress("Entrix <no-reply@entrix.local>")},
                first.getFrom());
        assertEquals("fan@it.entrix.tn", first.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Bonjour,\r\nconfirmez ici : https://entrix.local/confirm?token=abc\r\n", first.getContent());
        assertEquals("<no-reply@entrix.local>", first.getHeader("Return-Path")[0]);
        assertTrue(first.getHeader("Received")[0].contains("entrix-mail-sink"), first.getHeader("Received")[0]);
    }

    @Test
    void envelopeRecipientsAreKeptSoThatBccCanBeFound() throws Exception {
        MimeMessage message = message("hidden copy", "text\n");
        message.setRecipients(Message.RecipientType.TO, "fan@it.entrix.tn");
        message.setRecipients(Message.RecipientType.BCC, "audit@it.entrix.tn");
        Transport.send(message);

        MimeMessage stored = read(messages().get(0));
        assertArrayEquals(new String[] {"fan@it.entrix.tn", "audit@it.entrix.tn"}, stored.getHeader("Delivered-To"));
        assertEquals(null, stored.getHeader("Bcc"), "Jakarta Mail never sends the Bcc header");
    }

    @Test
    void linesStartingWithADotArriveUnstuffed() throws Exception {
        send("dots", ".hidden\n..two\n", "fan@it.entrix.tn");

        assertEquals(".hidden\r\n..two\r\n", read(messages().get(0)).getContent());
        try (Stream<Path> all = Files.list(sink.folder())) {
            assertFalse(all.anyMatch(file -> file.getFileName().toString().endsWith(".part")),
                    "no temporary file left behind");
        }
    }

    private void send(String subject, String text, String to) throws Exception {
        MimeMessage message = message(subject, text);
        message.setRecipients(Message.RecipientType.TO, to);
        Transport.send(message);
    }

    private MimeMessage message(String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(sink.port()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(MailSettings.DEFAULT_FROM);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        return message;
    }

    private List<Path> messages() throws Exception {
        try (Stream<Path> files = Files.list(sink.folder())) {
            return files.filter(file -> file.getFileName().toString().endsWith(MailSink.EXTENSION)).sorted().toList();
        }
    }

    private static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(null, in);
        }
    }
}
