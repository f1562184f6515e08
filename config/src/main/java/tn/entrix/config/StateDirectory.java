package tn.entrix.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one folder that holds everything a stack creates at run time (default {@code <root>/.entrix}, git-ignored):
 * pid files, logs, the embedded database's data, the generated secrets, the JWT keys, the access master key, the
 * Payara domain and the emails the mail sink received. The file names are a contract: the integration tests read
 * {@code admin-password}, {@code jwt/public.pem} and {@code mail/*.eml}.
 */
final class StateDirectory {

    private final Path root;

    StateDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path postgresLog() {
        return logs().resolve("postgres.log");
    }

    Path postgresPid() {
        return root.resolve("postgres.pid");
    }

    Path pgdata() {
        return root.resolve("pgdata");
    }

    /** Where the mail sink writes every message it receives, one {@code .eml} file each (see {@link MailSink}). */
    Path mail() {
        return root.resolve("mail");
    }

    Path mailSinkLog() {
        return logs().resolve("mail-sink.log");
    }

    Path mailSinkPid() {
        return root.resolve("mail-sink.pid");
    }

    /** The port the running mail sink was started on, written next to its pid file. */
    Path mailSinkPort() {
        return root.resolve("mail-sink.port");
    }

    Path domains() {
        return root.resolve("domains");
    }

    Path jwt() {
        return root.resolve("jwt");
    }

    /** The master key sealing the events' signing keys (entrix.access.master-key-file). */
    Path accessMasterKey() {
        return root.resolve("access").resolve("master.key");
    }

    /** The rendered configuration script of a domain, kept so that one can read what ran. */
    Path domainScript(String domain) {
        return root.resolve("domain-" + domain + ".asadmin");
    }

    /** The embedded database's password, generated on first use. */
    Path dbPasswordFile() {
        return generatedOnce(root.resolve("db-password"));
    }

    /** The first SUPERADMIN's password when ENTRIX_ADMIN_PASSWORD does not give one, generated on first use. */
    Path adminPasswordFile() {
        return generatedOnce(root.resolve("admin-password"));
    }

    /** The Flouci simulator's keys and the webhook secret, generated on first use (the real keys never are). */
    Path flouci() {
        return root.resolve("flouci");
    }

    Path flouciPublicKeyFile() {
        return generatedOnce(flouci().resolve("public-key"));
    }

    Path flouciPrivateKeyFile() {
        return generatedOnce(flouci().resolve("private-key"));
    }

    Path flouciWebhookSecretFile() {
        return generatedOnce(flouci().resolve("webhook-secret"));
    }

    static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file only its owner can read: secrets live here and nowhere in the repository. */
    static void writeSecret(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, content);
            // rename: a reader never sees a half-written secret
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 144 random bits, URL-safe Base64 so that the value can go into URLs, shells and asadmin password files. */
    private static Path generatedOnce(Path file) {
        if (!Files.exists(file)) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            writeSecret(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
        }
        return file;
    }
}
