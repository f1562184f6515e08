package tn.entrix.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the server sends its email. Either the stack's own {@link MailSink} on localhost (the default: nothing
 * leaves the machine), or an external SMTP server named by ENTRIX_SMTP_HOST, with ENTRIX_SMTP_PORT (default 587),
 * ENTRIX_SMTP_STARTTLS (default true), and ENTRIX_SMTP_USER / ENTRIX_SMTP_PASSWORD when it wants a login.
 * ENTRIX_MAIL_FROM is the sender either way.
 * <p>
 * The server reads MicroProfile Config keys {@code entrix.mail.smtp.host}, {@code .port}, {@code .starttls} and
 * {@code entrix.mail.from}, which the launcher sets as JVM options through {@code domain.asadmin} (idempotent,
 * applied without restart), and {@code entrix.mail.smtp.user} / {@code .password}, which reach it through its
 * environment like every credential ({@link #serverEnvironment()}): never in domain.xml.
 *
 * @param user     null: no login
 * @param password null: no login
 * @param sink     whether the stack's mail sink is this server
 */
record MailSettings(String host, int port, boolean starttls, String from, String user, String password,
                    boolean sink) {

    static final String DEFAULT_FROM = "Entrix <no-reply@entrix.local>";
    static final int DEFAULT_EXTERNAL_PORT = 587;

    static MailSettings fromEnvironment(int sinkPort) {
        return fromEnvironment(System.getenv(), sinkPort);
    }

    static MailSettings fromEnvironment(Map<String, String> environment, int sinkPort) {
        String from = from(value(environment, "ENTRIX_MAIL_FROM"));
        String host = value(environment, "ENTRIX_SMTP_HOST");
        if (host == null) {
            for (String ignored : new String[] {"ENTRIX_SMTP_PORT", "ENTRIX_SMTP_USER", "ENTRIX_SMTP_PASSWORD",
                    "ENTRIX_SMTP_STARTTLS"}) {
                if (value(environment, ignored) != null) {
                    throw new StackFailure(ignored + " is set but ENTRIX_SMTP_HOST is not: set both, or neither"
                            + " (the stack's mail sink then receives the server's email)");
                }
            }
            return new MailSettings("localhost", sinkPort, false, from, null, null, true);
        }
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            throw new StackFailure("ENTRIX_SMTP_HOST must be a host name or an address, not '" + host + "'");
        }
        String portText = value(environment, "ENTRIX_SMTP_PORT");
        int port = DEFAULT_EXTERNAL_PORT;
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new StackFailure("ENTRIX_SMTP_PORT must be a port number, not '" + portText + "'");
            }
        }
        String starttlsText = value(environment, "ENTRIX_SMTP_STARTTLS");
        if (starttlsText != null && !starttlsText.equalsIgnoreCase("true") && !starttlsText.equalsIgnoreCase("false")) {
            throw new StackFailure("ENTRIX_SMTP_STARTTLS must be true or false, not '" + starttlsText + "'");
        }
        boolean starttls = starttlsText == null || Boolean.parseBoolean(starttlsText);
        String user = value(environment, "ENTRIX_SMTP_USER");
        String password = environment.get("ENTRIX_SMTP_PASSWORD"); // a password may be anything but empty
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if ((user == null) != (password == null)) {
            throw new StackFailure("ENTRIX_SMTP_USER and ENTRIX_SMTP_PASSWORD go together: set both, or neither");
        }
        return new MailSettings(host, port, starttls, from, user, password, false);
    }

    /** The placeholders of {@code domain.asadmin} this fills. */
    Map<String, String> domainValues() {
        return Map.of("MAIL_HOST", host, "MAIL_PORT", Integer.toString(port),
                "MAIL_STARTTLS", Boolean.toString(starttls), "MAIL_FROM", from);
    }

    /**
     * The credentials, as the environment variables MicroProfile Config maps to {@code entrix.mail.smtp.user} and
     * {@code entrix.mail.smtp.password}; empty without a login.
     */
    Map<String, String> serverEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        if (user != null) {
            environment.put("ENTRIX_MAIL_SMTP_USER", user);
            environment.put("ENTRIX_MAIL_SMTP_PASSWORD", password);
        }
        return environment;
    }

    /** What the summary says about it. */
    String describe() {
        return (sink ? "mail sink on " : "external SMTP server ") + host + ":" + port
                + (starttls ? " (STARTTLS)" : "") + (user == null ? "" : " as " + user) + ", from " + from;
    }

    @Override
    public String toString() { // no password in a log or a stack trace
        return "MailSettings[" + describe() + "]";
    }

    /**
     * The sender, checked now rather than at the first email: one address, with or without a display name. It
     * becomes a JVM option in a {@code "..."}-quoted asadmin argument, so it may hold no double quote.
     */
    private static String from(String given) {
        String from = given == null ? DEFAULT_FROM : given;
        if (from.contains("\"") || from.chars().anyMatch(Character::isISOControl)) {
            throw new StackFailure("ENTRIX_MAIL_FROM may hold no double quote and no control character: '"
                    + from + "' (write the display name without quotes: Entrix Tickets <tickets@example.tn>)");
        }
        try {
            InternetAddress[] addresses = InternetAddress.parse(from, true);
            if (addresses.length != 1) {
                throw new AddressException("one address expected", from);
            }
            addresses[0].validate();
        } catch (AddressException e) {
            throw new StackFailure("ENTRIX_MAIL_FROM is no email address: '" + from + "' (" + e.getMessage() + ")");
        }
        return from;
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
