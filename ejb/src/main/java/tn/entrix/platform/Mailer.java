package tn.entrix.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the application's emails with Jakarta Mail to the SMTP server of the configuration (the dev run and the
 * tests start a local sink that keeps every message as a file). Sending happens after the transaction commits; a
 * failure is logged, not thrown: the user can ask for the link again, and the change itself stands.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "entrix.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "entrix.mail.smtp.port", defaultValue = "2525")
    int port;

    @Inject
    @ConfigProperty(name = "entrix.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "entrix.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "entrix.mail.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "entrix.mail.from", defaultValue = "Entrix <no-reply@entrix.local>")
    String from;

    @Inject
    Clock clock;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage mail) {
        try {
            send(mail);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send the email '" + mail.subject() + "' through " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
    }

    public void send(MailMessage mail) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        Authenticator authenticator = null;
        if (user.isPresent() && password.isPresent()) {
            props.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.get());
                }
            };
        }
        Session session = Session.getInstance(props, authenticator);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.attachments().isEmpty()) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            // multipart/mixed: the text first, then each attachment
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (MailMessage.Attachment attachment : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.contentType())));
                part.setFileName(attachment.name());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        message.setSentDate(Date.from(clock.instant()));
        Transport.send(message);
    }
}
