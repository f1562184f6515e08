package tn.entrix.platform;

import java.util.List;

/**
 * An email to send once the current transaction commits: fire it as a CDI event; {@link Mailer} sends it after
 * success only, so a rolled-back registration never mails a link to an account that does not exist. Plain text,
 * with optional attachments (tickets as PDF).
 */
public record MailMessage(String to, String subject, String text, List<Attachment> attachments) {

    /** A file attached to the email. */
    public record Attachment(String name, String contentType, byte[] content) {
    }

    public MailMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A plain-text email without attachments. */
    public MailMessage(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }
}
