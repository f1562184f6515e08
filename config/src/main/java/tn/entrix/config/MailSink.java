package tn.entrix.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.TooMuchDataException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A local SMTP server that delivers nowhere: every message it receives becomes one file in a folder, so that the
 * dev run and the integration tests can send email offline and read it back. SMTP itself is SubEtha SMTP's
 * (com.github.davidmoten:subethasmtp). Like {@link EmbeddedDatabase}, it runs in its own JVM until terminated;
 * {@link MailSinkProcess} starts it detached for {@link Stack}; it can also be run by hand.
 * <pre>
 * MailSink --port 2525 --folder DIR
 * </pre>
 * It listens on localhost only, accepts any sender and recipient, no authentication and no TLS. Prints a line
 * starting with {@code READY} once it accepts connections, and one {@code RECEIVED} line per message.
 * <p>
 * The folder is a contract (the integration tests' {@code MailSink} reads it):
 * <ul>
 * <li>one file per message, {@code yyyyMMdd'T'HHmmssSSS-NNNNNN.eml}: the arrival time in UTC, then a sequence
 * number, so that sorting the names sorts the messages by arrival;</li>
 * <li>its content is the message exactly as the client sent it (RFC 822 / RFC 5322, CRLF line ends, dot-unstuffed),
 * preceded by the headers a delivering server adds: {@code Return-Path: <envelope sender>}, one
 * {@code Delivered-To: <address>} per envelope recipient (Bcc recipients appear only there) and SubEtha's
 * {@code Received:};</li>
 * <li>a file appears complete (written under a temporary name, then renamed): a reader never sees half a message,
 * and names that do not end in {@code .eml} are not messages.</li>
 * </ul>
 */
public final class MailSink {

    static final String EXTENSION = ".eml";
    private static final DateTimeFormatter ARRIVAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_MESSAGE_SIZE = 25 * 1024 * 1024;

    private final Path folder;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final SMTPServer server;

    /** @param port 0 for any free port (tests): {@link #port()} then says which */
    MailSink(int port, Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
        this.server = SMTPServer.port(port)
                // the same "localhost" the server is given as entrix.mail.smtp.host
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("entrix-mail-sink")
                .softwareName("Entrix mail sink")
                .maxMessageSize(MAX_MESSAGE_SIZE)
                .insertReceivedHeaders()
                .messageHandlerFactory(Delivery::new)
                .build();
    }

    public static void main(String[] args) throws Exception {
        int port = 2525;
        Path folder = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--folder" -> folder = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; usage: MailSink --port N --folder DIR");
            }
        }
        if (folder == null) {
            throw new IllegalArgumentException("--folder is required; usage: MailSink --port N --folder DIR");
        }
        MailSink sink = new MailSink(port, folder, Clock.systemUTC());
        sink.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sink.stop();
            System.out.println("STOPPED mail sink on port " + sink.port());
            stopped.countDown();
        }, "stop-mail-sink"));
        System.out.println("READY mail sink: SMTP on localhost:" + sink.port() + ", messages in " + sink.folder);
        stopped.await();
    }

    /** Creates the folder and listens; fails (port taken) before returning. */
    void start() throws IOException {
        Files.createDirectories(folder);
        server.start();
    }

    void stop() {
        server.stop();
    }

    int port() {
        return server.getPortAllocated();
    }

    Path folder() {
        return folder;
    }

    /** The file name of the next message: arrival time in UTC to the millisecond, then a sequence number. */
    String nextFileName() {
        return ARRIVAL.format(clock.instant()) + "-" + String.format("%06d", sequence.incrementAndGet()) + EXTENSION;
    }

    /** One SMTP transaction: the envelope, then the data written to one file. */
    private final class Delivery implements MessageHandler {

        private String sender = "";
        private final List<String> recipients = new ArrayList<>();

        Delivery(MessageContext context) {
        }

        @Override
        public void from(String from) {
            sender = from == null ? "" : from;
        }

        @Override
        public void recipient(String recipient) {
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws IOException, RejectException {
            String name = nextFileName();
            Path temporary = folder.resolve("." + name + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    out.write(envelopeHeaders().getBytes(StandardCharsets.UTF_8));
                    data.transferTo(out);
                }
                Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (TooMuchDataException e) {
                Files.deleteIfExists(temporary);
                throw e; // SubEtha answers 552
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                System.err.println("FAILED to store a message from <" + sender + ">: " + e);
                throw new RejectException(451, "Local error: could not store the message");
            }
            System.out.println("RECEIVED " + name + " from <" + sender + "> to " + recipients);
            return null; // SubEtha answers "250 Ok"
        }

        @Override
        public void done() {
        }

        private String envelopeHeaders() {
            StringBuilder headers = new StringBuilder("Return-Path: <").append(headerSafe(sender)).append(">\r\n");
            for (String recipient : recipients) {
                headers.append("Delivered-To: ").append(headerSafe(recipient)).append("\r\n");
            }
            return headers.toString();
        }

        /** Envelope addresses come from the client: no line break may smuggle a header in. */
        private static String headerSafe(String address) {
            return address.replaceAll("[\\r\\n]", "");
        }
    }
}
