package tn.entrix.platform;

/**
 * A plain-text email to send once the current transaction commits: fire it as a CDI event; {@link Mailer} sends it
 * after success only, so a rolled-back registration never mails a link to an account that does not exist.
 */
public record MailMessage(String to, String subject, String text) {
}
