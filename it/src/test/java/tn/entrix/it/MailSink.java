package tn.entrix.it;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The emails the server sent during the integration tests, read back from the stack's mail sink: an SMTP server that
 * {@code Stack up} started on {@code it.mail.port} (the server's {@code entrix.mail.smtp.*}) and that writes every
 * message it receives as one {@code .eml} file into {@code <it.state>/mail/}, named so that sorting the names sorts
 * the messages by arrival (see tn.entrix.config.MailSink for the folder contract).
 * <p>
 * The folder outlives a run (only {@code mvn clean} empties it), so a test sends to an address of its own (e.g.
 * {@code "fan-" + Stack.unique() + "@it.entrix.tn"}), or takes a {@link #mark()} before acting and waits for what
 * came after it.
 * <pre>
 * String to = "reset-" + Stack.unique() + "@it.entrix.tn";
 * ... ask the API for a password reset for that user ...
 * MailSink.Mail mail = MailSink.awaitTo(to, Duration.ofSeconds(30));
 * URI link = mail.firstUrl().orElseThrow();
 * </pre>
 */
public final class MailSink {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>()\\[\\]{}]+");
    private static final Duration POLL = Duration.ofMillis(200);

    private MailSink() {
    }

    /**
     * One received email.
     *
     * @param file     the sink's file, named {@code yyyyMMdd'T'HHmmssSSS-NNNNNN.eml} (UTC arrival time, sequence)
     * @param from     the From header's addresses, as written ({@code Entrix <no-reply@entrix.local>})
     * @param to       every address it was delivered to, lower case: the envelope recipients (Bcc included), and
     *                 the To and Cc headers
     * @param subject  decoded
     * @param text     the text/plain body (of a multipart, the first text/plain part), line ends as {@code \n};
     *                 null when there is none
     * @param html     the text/html body, line ends as {@code \n}; null when there is none
     */
    public record Mail(Path file, List<String> from, List<String> to, String subject, String text, String html) {

        /** The text body, else the HTML body, else "". */
        public String body() {
            return text != null ? text : html != null ? html : "";
        }

        /** The first http(s) URL of the body (text first, then HTML), e.g. a confirmation or password reset link. */
        public Optional<String> firstUrl() {
            return MailSink.firstUrl(text).or(() -> MailSink.firstUrl(html));
        }

        public boolean isTo(String address) {
            return to.contains(address.toLowerCase(Locale.ROOT));
        }
    }

    /** A file attached to an email: its name, content type (without parameters) and bytes. */
    public record Attachment(String name, String contentType, byte[] content) {
    }

    /** The attachments of a received email, in order (parts whose disposition is attachment). */
    public static List<Attachment> attachments(Mail mail) {
        try (InputStream in = Files.newInputStream(mail.file())) {
            MimeMessage message = new MimeMessage(null, in);
            List<Attachment> found = new ArrayList<>();
            collectAttachments(message, found);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + mail.file(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Not a MIME message: " + mail.file(), e);
        }
    }

    private static void collectAttachments(Part part, List<Attachment> found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectAttachments(multipart.getBodyPart(i), found);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream content = part.getInputStream()) {
                found.add(new Attachment(part.getFileName(), part.getContentType().split(";")[0].strip()
                        .toLowerCase(Locale.ROOT), content.readAllBytes()));
            }
        }
    }

    /** Where the sink writes: {@code <it.state>/mail/}. */
    public static Path folder() {
        return Stack.state().resolve("mail");
    }

    /** The sink's SMTP port on localhost (it/pom.xml's {@code it.mail.port}). */
    public static int port() {
        return Integer.parseInt(System.getProperty("entrix.it.mail.port", "20025"));
    }

    /** Every message received so far, oldest first. */
    public static List<Mail> all() {
        return files("").stream().map(MailSink::parse).toList();
    }

    /** The newest message delivered to this address (envelope, To or Cc), if any. */
    public static Optional<Mail> latestTo(String address) {
        return latestTo(address, "");
    }

    /**
     * Waits until a message delivered to this address is there, and returns the newest one.
     *
     * @throws AssertionError when none arrived in time (listing what did arrive)
     */
    public static Mail awaitTo(String address, Duration timeout) {
        return awaitTo(address, timeout, "");
    }

    /** The point reached so far: messages that arrive later sort after it. Pass it to {@link #awaitTo(String,
     * Duration, String)} to wait only for what an action sends. */
    public static String mark() {
        List<Path> files = files("");
        return files.isEmpty() ? "" : files.get(files.size() - 1).getFileName().toString();
    }

    /** Like {@link #awaitTo(String, Duration)}, among the messages that arrived after {@code mark}. */
    public static Mail awaitTo(String address, Duration timeout, String mark) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Mail> mail = latestTo(address, mark);
            if (mail.isPresent()) {
                return mail.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No email to " + address + " in " + folder() + " after " + timeout.toSeconds()
                        + " s" + (mark.isEmpty() ? "" : " (since " + mark + ")") + "; there are: "
                        + files(mark).stream().map(MailSink::parse)
                                .map(m -> m.file().getFileName() + " to " + m.to() + " '" + m.subject() + "'")
                                .toList());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for an email to " + address, e);
            }
        }
    }

    /** The first http(s) URL in a text, without the punctuation that ends a sentence around it. */
    public static Optional<String> firstUrl(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher url = URL.matcher(text);
        if (!url.find()) {
            return Optional.empty();
        }
        return Optional.of(url.group().replaceAll("[.,;:!?]+$", "").replace("&amp;", "&"));
    }

    /** Reads one .eml file as the sink wrote it. */
    public static Mail parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(null, in);
            Set<String> to = new LinkedHashSet<>();
            for (String delivered : headers(message, "Delivered-To")) {
                to.add(delivered.strip().toLowerCase(Locale.ROOT));
            }
            for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
                for (Address address : Optional.ofNullable(message.getRecipients(type)).orElse(new Address[0])) {
                    to.add(((InternetAddress) address).getAddress().toLowerCase(Locale.ROOT));
                }
            }
            List<String> from = Arrays.stream(Optional.ofNullable(message.getFrom()).orElse(new Address[0]))
                    .map(Address::toString).toList();
            String[] bodies = new String[2];
            collectBodies(message, bodies);
            return new Mail(file, from, List.copyOf(to), message.getSubject(), bodies[0], bodies[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Not a MIME message: " + file, e);
        }
    }

    private static Optional<Mail> latestTo(String address, String mark) {
        List<Path> files = new ArrayList<>(files(mark));
        for (int i = files.size() - 1; i >= 0; i--) {
            Mail mail = parse(files.get(i));
            if (mail.isTo(address)) {
                return Optional.of(mail);
            }
        }
        return Optional.empty();
    }

    /** The .eml files sorting after {@code mark}, oldest first; a file appears whole (the sink renames it in). */
    private static List<Path> files(String mark) {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml"))
                    .filter(file -> file.getFileName().toString().compareTo(mark) > 0)
                    .sorted().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first text/plain and the first text/html part, depth first (multipart/alternative, /mixed, /related). */
    private static void collectBodies(Part part, String[] bodies) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && bodies[0] == null && !Part.ATTACHMENT.equalsIgnoreCase(
                part.getDisposition())) {
            bodies[0] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectBodies(child, bodies);
            }
        }
    }

    private static List<String> headers(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? List.of() : List.of(values);
    }
}
