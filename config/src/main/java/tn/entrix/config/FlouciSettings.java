package tn.entrix.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the server takes payments. By default the stack's own Flouci simulator (a WAR deployed beside the EAR, at
 * {@code http://localhost:<http port>/flouci-sim}), with keys and a webhook secret generated into the state folder;
 * with ENTRIX_FLOUCI_BASE_URL (and ENTRIX_FLOUCI_PUBLIC_KEY, ENTRIX_FLOUCI_PRIVATE_KEY) the real Flouci, and no
 * simulator. ENTRIX_FLOUCI_WEBHOOK_SECRET, the secret path segment of the webhook URL, is generated when not given.
 * <p>
 * The server reads MicroProfile Config {@code entrix.flouci.base-url} (a JVM option through {@code domain.asadmin})
 * and {@code entrix.flouci.public-key}, {@code .private-key}, {@code .webhook-secret} from its environment, like
 * every credential ({@link #serverEnvironment()}): never in domain.xml. The simulator, in the same server, reads the
 * same keys.
 *
 * @param baseUrl null: the simulator's, known once the domain's HTTP port is
 */
record FlouciSettings(String baseUrl, String publicKey, String privateKey, String webhookSecret, boolean simulator) {

    static final String SIMULATOR_CONTEXT = "/flouci-sim";
    static final String SIMULATOR_APPLICATION = "flouci-sim";

    static FlouciSettings fromEnvironment(StateDirectory state) {
        return fromEnvironment(System.getenv(), state);
    }

    static FlouciSettings fromEnvironment(Map<String, String> environment, StateDirectory state) {
        String baseUrl = value(environment, "ENTRIX_FLOUCI_BASE_URL");
        String publicKey = value(environment, "ENTRIX_FLOUCI_PUBLIC_KEY");
        String privateKey = value(environment, "ENTRIX_FLOUCI_PRIVATE_KEY");
        String secret = value(environment, "ENTRIX_FLOUCI_WEBHOOK_SECRET");
        if (secret == null) {
            secret = StateDirectory.read(state.flouciWebhookSecretFile());
        } else if (!secret.matches("[A-Za-z0-9_-]{16,}")) {
            throw new StackFailure("ENTRIX_FLOUCI_WEBHOOK_SECRET must be at least 16 letters, digits, '-' or '_' "
                    + "(it becomes a URL path segment)");
        }
        if (baseUrl == null) {
            if (publicKey != null || privateKey != null) {
                throw new StackFailure("ENTRIX_FLOUCI_PUBLIC_KEY / ENTRIX_FLOUCI_PRIVATE_KEY are set but "
                        + "ENTRIX_FLOUCI_BASE_URL is not: set all three (e.g. https://developers.flouci.com), or none"
                        + " (the stack's Flouci simulator then takes the payments)");
            }
            return new FlouciSettings(null, StateDirectory.read(state.flouciPublicKeyFile()),
                    StateDirectory.read(state.flouciPrivateKeyFile()), secret, true);
        }
        try {
            URI uri = URI.create(baseUrl);
            if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new IllegalArgumentException("no http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new StackFailure("ENTRIX_FLOUCI_BASE_URL must be an http(s) URL, not '" + baseUrl + "'");
        }
        if (publicKey == null || privateKey == null) {
            throw new StackFailure("ENTRIX_FLOUCI_BASE_URL needs ENTRIX_FLOUCI_PUBLIC_KEY and "
                    + "ENTRIX_FLOUCI_PRIVATE_KEY (Flouci's app keys)");
        }
        return new FlouciSettings(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl,
                publicKey, privateKey, secret, false);
    }

    /** The URL the server calls: the given one, or the simulator's on the domain's HTTP port. */
    String baseUrl(int httpPort) {
        return simulator ? "http://localhost:" + httpPort + SIMULATOR_CONTEXT : baseUrl;
    }

    /** The placeholders of {@code domain.asadmin} this fills. */
    Map<String, String> domainValues(int httpPort) {
        return Map.of("FLOUCI_BASE_URL", baseUrl(httpPort));
    }

    /** The credentials, as the environment variables MicroProfile Config maps to {@code entrix.flouci.*}. */
    Map<String, String> serverEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("ENTRIX_FLOUCI_PUBLIC_KEY", publicKey);
        environment.put("ENTRIX_FLOUCI_PRIVATE_KEY", privateKey);
        environment.put("ENTRIX_FLOUCI_WEBHOOK_SECRET", webhookSecret);
        return environment;
    }

    /** What the summary says about it. */
    String describe(int httpPort, StateDirectory state) {
        return simulator
                ? "simulator " + baseUrl(httpPort) + "/  (faults: PUT " + baseUrl(httpPort) + "/simulator/faults)"
                        + "\n                  keys and webhook secret in " + state.flouci()
                : "Flouci at " + baseUrl + " (ENTRIX_FLOUCI_BASE_URL)";
    }

    @Override
    public String toString() { // no key in a log or a stack trace
        return "FlouciSettings[" + (simulator ? "simulator" : baseUrl) + "]";
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
