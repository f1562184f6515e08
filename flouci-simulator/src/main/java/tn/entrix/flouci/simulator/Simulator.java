package tn.entrix.flouci.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The simulator's state: payments in memory (a restart forgets them, as a test wants), the faults in force, the
 * keys it accepts (MicroProfile Config {@code entrix.flouci.public-key} / {@code private-key}: the launcher gives the
 * server ENTRIX_FLOUCI_PUBLIC_KEY and ENTRIX_FLOUCI_PRIVATE_KEY, the same that Entrix uses).
 */
@ApplicationScoped
public class Simulator {

    private static final Logger LOG = Logger.getLogger(Simulator.class.getName());

    private final Map<String, SimulatedPayment> payments = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicInteger errorsLeft = new AtomicInteger();
    private volatile Faults faults = Faults.NONE;

    public Faults faults() {
        return faults;
    }

    public void faults(Faults faults) {
        this.faults = faults;
        errorsLeft.set(faults.error500Count());
    }

    /** Whether the Authorization header is "Bearer PUBLIC:PRIVATE" with the configured keys. */
    boolean authorized(String header) {
        Optional<String> publicKey = config("entrix.flouci.public-key");
        Optional<String> privateKey = config("entrix.flouci.private-key");
        if (header == null || publicKey.isEmpty() || privateKey.isEmpty()) {
            return false;
        }
        String expected = "Bearer " + publicKey.get() + ":" + privateKey.get();
        return MessageDigest.isEqual(header.strip().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Applies the API faults: the slow answer, then the 500. @return whether this call must answer 500 */
    boolean misbehave() {
        Faults f = faults;
        if (f.slow()) {
            try {
                Thread.sleep(f.slowMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!f.error500()) {
            return false;
        }
        if (f.error500Count() <= 0) {
            return true;
        }
        return errorsLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    SimulatedPayment create(long amountMillimes, String successLink, String failLink, String webhook,
                            String trackingId, long timeoutSeconds) {
        String id = UUID.randomUUID().toString().replace("-", "");
        SimulatedPayment payment = new SimulatedPayment(id, amountMillimes, successLink, failLink, webhook,
                trackingId, Instant.now(), Duration.ofSeconds(timeoutSeconds));
        payments.put(id, payment);
        return payment;
    }

    Optional<SimulatedPayment> find(String id) {
        return Optional.ofNullable(id == null ? null : payments.get(id));
    }

    /** What verify_payment reports as the amount, shifted when the amount-mismatch fault is on. */
    long reportedAmount(SimulatedPayment payment) {
        Faults f = faults;
        return f.amountMismatch() ? payment.amountMillimes + f.amountDelta() : payment.amountMillimes;
    }

    /**
     * Sends the webhook as the faults say: not at all, before the redirect (waiting for the answers), or after it
     * (in the background, a little later); once or twice at the same time.
     */
    void deliverWebhook(SimulatedPayment payment, String status) {
        Faults f = faults;
        if (f.noWebhook() || payment.webhook == null || payment.webhook.isBlank()) {
            return;
        }
        int copies = f.doubleWebhook() ? 2 : 1;
        String body = jakarta.json.Json.createObjectBuilder()
                .add("payment_id", payment.id)
                .add("status", status)
                .add("amount", payment.amountMillimes)
                .add("developer_tracking_id", payment.trackingId == null ? "" : payment.trackingId)
                .build().toString();
        CompletableFuture<?>[] sent = new CompletableFuture<?>[copies];
        for (int i = 0; i < copies; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(payment.webhook))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            CompletableFuture<Void> start = f.webhookBeforeRedirect() ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> { },
                            CompletableFuture.delayedExecutor(f.webhookDelayMillis(), TimeUnit.MILLISECONDS));
            sent[i] = start.thenCompose(ignored -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                    .whenComplete((response, failure) -> {
                        if (failure != null) {
                            LOG.log(Level.WARNING, "Webhook for " + payment.id + " failed: " + failure);
                        } else {
                            LOG.info("Webhook for " + payment.id + " answered " + response.statusCode());
                        }
                    });
        }
        if (f.webhookBeforeRedirect()) {
            try {
                CompletableFuture.allOf(sent).get(90, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Webhook for " + payment.id + " before the redirect: " + e);
            }
        }
    }

    private static Optional<String> config(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).map(String::strip)
                .filter(s -> !s.isEmpty());
    }
}
