package tn.entrix.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Flouci's configuration (MicroProfile Config). The launcher sets {@code entrix.flouci.base-url} as a JVM option
 * (the simulator's URL in the dev run and the tests) and the keys and webhook secret through the server's
 * environment (ENTRIX_FLOUCI_PUBLIC_KEY, ENTRIX_FLOUCI_PRIVATE_KEY, ENTRIX_FLOUCI_WEBHOOK_SECRET): never in a file
 * of the repository, never in domain.xml.
 */
@ApplicationScoped
public class FlouciSettings {

    @Inject
    @ConfigProperty(name = "entrix.flouci.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "entrix.flouci.public-key")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "entrix.flouci.private-key")
    Optional<String> privateKey;

    /** The secret path segment of the webhook URL we give Flouci: Flouci does not sign its webhook body. */
    @Inject
    @ConfigProperty(name = "entrix.flouci.webhook-secret")
    Optional<String> webhookSecret;

    /** How long the payer has on Flouci's page (session_timeout_secs). */
    @Inject
    @ConfigProperty(name = "entrix.flouci.session-timeout", defaultValue = "PT20M")
    Duration sessionTimeout;

    /** One HTTP call's limit; a call that takes longer is a TIMEOUT attempt and is retried. */
    @Inject
    @ConfigProperty(name = "entrix.flouci.request-timeout", defaultValue = "PT5S")
    Duration requestTimeout;

    @Inject
    @ConfigProperty(name = "entrix.flouci.accept-card", defaultValue = "true")
    boolean acceptCard;

    /** Base of the webhook URL and of the test payment's return links; else the address the caller used. */
    @Inject
    @ConfigProperty(name = "entrix.public-url")
    Optional<String> publicUrl;

    public boolean configured() {
        return present(baseUrl) && present(publicKey) && present(privateKey) && present(webhookSecret);
    }

    public String baseUrl() {
        String url = baseUrl.orElseThrow().strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The Authorization header's value; never logged, never in an attempt's summary. */
    String authorization() {
        return "Bearer " + publicKey.orElseThrow().strip() + ":" + privateKey.orElseThrow().strip();
    }

    /** Constant-time, so the answer's timing says nothing about how much of a guess was right. */
    public boolean webhookSecretMatches(String candidate) {
        if (candidate == null || !present(webhookSecret)) {
            return false;
        }
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                webhookSecret.get().strip().getBytes(StandardCharsets.UTF_8));
    }

    String webhookSecret() {
        return webhookSecret.orElseThrow().strip();
    }

    public Duration sessionTimeout() {
        return sessionTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public boolean acceptCard() {
        return acceptCard;
    }

    public Optional<String> publicUrl() {
        return publicUrl.map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    private static boolean present(Optional<String> value) {
        return value.isPresent() && !value.get().isBlank();
    }
}
