package tn.entrix.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Flouci's API v2 over HTTP ({@link FlouciProtocol} for the bodies). The same code talks to the real Flouci and to
 * the simulator: only {@code entrix.flouci.base-url} differs.
 * <p>
 * Every HTTP call, whatever its end, is one {@link PaymentAttempt} row (in its own transaction). Transient failures
 * — a 5xx, a call slower than {@code entrix.flouci.request-timeout}, an I/O error — are retried
 * 3 more times after 400, 800 and 1,600 ms (see {@link #retrying}); a 4xx or an unreadable answer is not.
 * <p>
 * The JDK's HTTP client rather than a JAX-RS or MicroProfile Rest Client: explicit per-request timeouts, no provider
 * lookup across the EAR's class loaders, and nothing of it leaks into the services.
 */
@ApplicationScoped
public class FlouciClient {

    private static final Logger LOG = Logger.getLogger(FlouciClient.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    FlouciSettings settings;

    @Inject
    PaymentAttempts attempts;

    public FlouciProtocol.Generated generate(long amountMillimes, String trackingId, String successLink,
                                             String failLink, String webhook) {
        return retrying(() -> generateOnce(amountMillimes, trackingId, successLink, failLink, webhook));
    }

    public FlouciProtocol.Verification verify(String paymentId, String trackingId) {
        return retrying(() -> verifyOnce(paymentId, trackingId));
    }

    /** Delays before the retries of a transient failure: exponential back-off. */
    static final long[] BACKOFF_MILLIS = {400, 800, 1600};

    /**
     * Runs the call, and again after each back-off delay while it fails transiently (5xx, timeout, I/O error); a 4xx
     * or an unreadable answer is not retried. Written out rather than MicroProfile's @Retry: on Payara 6 the Fault
     * Tolerance interceptor was not applied to this bean of the EJB module (PaymentIT saw a single attempt), and
     * @Retry has no exponential back-off anyway.
     */
    static <T> T retrying(java.util.function.Supplier<T> call) {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.get();
            } catch (FlouciCallException.Transient e) {
                if (attempt >= BACKOFF_MILLIS.length) {
                    throw e;
                }
                try {
                    Thread.sleep(BACKOFF_MILLIS[attempt] + java.util.concurrent.ThreadLocalRandom.current().nextLong(100));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private FlouciProtocol.Generated generateOnce(long amountMillimes, String trackingId, String successLink,
                                                  String failLink, String webhook) {
        String body = FlouciProtocol.generateBody(amountMillimes, successLink, failLink, webhook, trackingId,
                settings.acceptCard(), settings.sessionTimeout().toSeconds());
        String summary = FlouciProtocol.generateSummary(amountMillimes, trackingId, successLink, webhook);
        HttpRequest request = request(FlouciProtocol.GENERATE_PATH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Exchange exchange = call(PaymentOperation.GENERATE, null, trackingId, summary, request);
        try {
            FlouciProtocol.Generated generated = FlouciProtocol.parseGenerated(exchange.body);
            record(PaymentOperation.GENERATE, generated.paymentId(), trackingId, summary, exchange,
                    AttemptOutcome.OK, null);
            return generated;
        } catch (IllegalArgumentException e) {
            record(PaymentOperation.GENERATE, null, trackingId, summary, exchange, AttemptOutcome.INVALID_RESPONSE,
                    e.getMessage());
            throw new FlouciCallException("unreadable generate_payment answer: " + e.getMessage());
        }
    }

    private FlouciProtocol.Verification verifyOnce(String paymentId, String trackingId) {
        String summary = "GET " + FlouciProtocol.VERIFY_PATH + paymentId;
        HttpRequest request = request(FlouciProtocol.VERIFY_PATH
                + URLEncoder.encode(paymentId, StandardCharsets.UTF_8)).GET().build();
        Exchange exchange = call(PaymentOperation.VERIFY, paymentId, trackingId, summary, request);
        try {
            FlouciProtocol.Verification verification = FlouciProtocol.parseVerification(exchange.body);
            record(PaymentOperation.VERIFY, paymentId, trackingId, summary, exchange, AttemptOutcome.OK,
                    "status " + verification.status() + ", amount " + verification.amountMillimes());
            return verification;
        } catch (IllegalArgumentException e) {
            record(PaymentOperation.VERIFY, paymentId, trackingId, summary, exchange,
                    AttemptOutcome.INVALID_RESPONSE, e.getMessage());
            throw new FlouciCallException("unreadable verify_payment answer: " + e.getMessage());
        }
    }

    private HttpRequest.Builder request(String path) {
        if (!settings.configured()) {
            throw PaymentProviderException.notConfigured();
        }
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.requestTimeout())
                .header("Authorization", settings.authorization())
                .header("Accept", "application/json");
    }

    private record Exchange(int status, String body, long latencyMs) {
    }

    /** One HTTP exchange; a failed one is recorded here and thrown, a 2xx is left to the caller to record. */
    private Exchange call(PaymentOperation operation, String paymentId, String trackingId, String summary,
                          HttpRequest request) {
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            fail(operation, paymentId, trackingId, summary, null, started, AttemptOutcome.TIMEOUT,
                    "no answer within " + settings.requestTimeout());
            throw new FlouciCallException.Transient(operation + " timed out");
        } catch (IOException e) {
            fail(operation, paymentId, trackingId, summary, null, started, AttemptOutcome.IO_ERROR, e.toString());
            throw new FlouciCallException.Transient(operation + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(operation, paymentId, trackingId, summary, null, started, AttemptOutcome.TIMEOUT, "interrupted");
            throw new FlouciCallException.Transient(operation + " interrupted");
        }
        Exchange exchange = new Exchange(response.statusCode(), response.body(), millisSince(started));
        if (exchange.status >= 500) {
            record(operation, paymentId, trackingId, summary, exchange, AttemptOutcome.SERVER_ERROR,
                    "HTTP " + exchange.status + ": " + abbreviate(exchange.body));
            throw new FlouciCallException.Transient(operation + " answered HTTP " + exchange.status);
        }
        if (exchange.status < 200 || exchange.status >= 300) {
            record(operation, paymentId, trackingId, summary, exchange, AttemptOutcome.REJECTED,
                    "HTTP " + exchange.status + ": " + abbreviate(exchange.body));
            throw new FlouciCallException(operation + " answered HTTP " + exchange.status);
        }
        return exchange;
    }

    private void fail(PaymentOperation operation, String paymentId, String trackingId, String summary,
                      Integer status, long started, AttemptOutcome outcome, String error) {
        safeRecord(operation, paymentId, trackingId, summary, status, millisSince(started), outcome, error);
    }

    private void record(PaymentOperation operation, String paymentId, String trackingId, String summary,
                        Exchange exchange, AttemptOutcome outcome, String error) {
        safeRecord(operation, paymentId, trackingId, summary, exchange.status, exchange.latencyMs, outcome, error);
    }

    private void safeRecord(PaymentOperation operation, String paymentId, String trackingId, String summary,
                            Integer status, long latencyMs, AttemptOutcome outcome, String error) {
        try {
            attempts.record(operation, paymentId, trackingId, summary, status, latencyMs, outcome, error);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Flouci attempt not recorded: " + operation + " " + outcome, e);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
