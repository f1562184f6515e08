package tn.entrix.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.Page;
import tn.entrix.platform.RequestOrigin;
import tn.entrix.platform.RuleViolationException;

/**
 * Payments through Flouci: start one (Flouci's link for the payer), confirm one when Flouci's webhook says so,
 * reconcile the ones whose webhook never came. Settlement itself is {@link PaymentSettlement}'s.
 * Selling calls {@link #start}; it learns of a paid order from the {@link PaymentSucceeded} event.
 */
@Stateless
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());
    static final String WEBHOOK_PATH = "/api/v1/payments/flouci/webhook/";
    static final String TEST_RETURN_PAGE = "/payment-return.html";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    FlouciClient flouci;

    @Inject
    FlouciSettings settings;

    @Inject
    PaymentSettlement settlement;

    @Inject
    AuditService audit;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /**
     * Creates the payment at Flouci and records it PENDING. Flouci is called first: when it fails (after retries)
     * nothing is stored but the attempts, and the caller gets PAYMENT_PROVIDER_UNAVAILABLE (503) or
     * PAYMENT_PROVIDER_ERROR (502). @return the payment, whose {@code link} is where the payer goes
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PaymentView start(String trackingId, long amountMillimes, String successLink, String failLink) {
        return start(trackingId, amountMillimes, successLink, failLink, null);
    }

    /**
     * Marks a successful Flouci payment REFUND_DUE, audited HIGH: its money must go back to the payer (Flouci's API v2
     * has no refund call; finance pays it back and the audit row says why). In the caller's transaction: selling
     * calls it when it refunds an order, and when a payment succeeds for an order that can no longer be paid.
     * @return false when there is no such Flouci payment or it is not SUCCESS (a box office receipt, a repeat)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean refundDue(String paymentId, String reason) {
        Payment payment = em.createQuery("select p from Payment p where p.provider = :provider "
                        + "and p.paymentId = :paymentId", Payment.class)
                .setParameter("provider", PaymentProvider.FLOUCI).setParameter("paymentId", paymentId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (payment == null || !payment.refundDue(clock.instant())) {
            return false;
        }
        audit.record("PAYMENT_REFUND_DUE", PaymentSettlement.ENTITY, payment.getId(), Severity.HIGH, "Flouci payment "
                + paymentId + " (" + payment.getTrackingId() + ") of " + payment.getAmountMillimes()
                + " millimes to pay back: " + reason);
        return true;
    }

    /** Where the payer of an order comes back: a page that says what happens next (tickets by email). */
    static final String ORDER_RETURN_PAGE = "/order-return.html";

    /**
     * The payment of an order: Flouci tracks it by the order number; the payer comes back to the order return page.
     * Selling learns that it is paid from {@link PaymentSucceeded}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PaymentView startForOrder(String orderNumber, long amountMillimes) {
        String back = baseUrl() + ORDER_RETURN_PAGE + "?order=" + orderNumber + "&outcome=";
        return start(orderNumber, amountMillimes, back + "success", back + "fail", null);
    }

    /** A back-office test payment (no order): checks the Flouci configuration end to end. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PaymentView startTest(TestPaymentRequest request) {
        String base = baseUrl();
        String trackingId = "TEST-" + HexFormat.of().formatHex(randomBytes(6));
        PaymentView view = start(trackingId, request.amountMillimes(), base + TEST_RETURN_PAGE + "?outcome=success",
                base + TEST_RETURN_PAGE + "?outcome=fail", request.label().strip());
        audit.record("PAYMENT_TEST_STARTED", PaymentSettlement.ENTITY, view.id(), Severity.MEDIUM,
                "test payment of " + request.amountMillimes() + " millimes: " + request.label().strip());
        return view;
    }

    private PaymentView start(String trackingId, long amountMillimes, String successLink, String failLink,
                              String label) {
        if (trackingId == null || trackingId.isBlank() || trackingId.length() > Payment.TRACKING_ID_LENGTH) {
            throw new RuleViolationException("TRACKING_ID_INVALID", "A tracking id of 1 to "
                    + Payment.TRACKING_ID_LENGTH + " characters is required");
        }
        if (amountMillimes <= 0) {
            throw new RuleViolationException("AMOUNT_INVALID", "The amount must be positive (in millimes)");
        }
        if (!settings.configured()) {
            throw PaymentProviderException.notConfigured();
        }
        String webhook = baseUrl() + WEBHOOK_PATH + settings.webhookSecret();
        FlouciProtocol.Generated generated;
        try {
            generated = flouci.generate(amountMillimes, trackingId, successLink, failLink, webhook);
        } catch (FlouciCallException.Transient e) {
            throw PaymentProviderException.unavailable("generate_payment: " + e.getMessage());
        } catch (FlouciCallException e) {
            throw PaymentProviderException.rejected("generate_payment: " + e.getMessage());
        } catch (org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException e) {
            throw PaymentProviderException.unavailable("generate_payment: " + e.getMessage());
        }
        Payment payment = new Payment(PaymentProvider.FLOUCI, generated.paymentId(), trackingId, null, label,
                amountMillimes, generated.link(), clock.instant());
        em.persist(payment);
        em.flush();
        audit.record("PAYMENT_STARTED", PaymentSettlement.ENTITY, payment.getId(), Severity.LOW,
                "Flouci payment " + generated.paymentId() + " of " + amountMillimes + " millimes for " + trackingId);
        return PaymentView.of(payment);
    }

    /**
     * Flouci's webhook: a trigger, nothing more (its body is not signed). The secret path segment must match, then
     * the payment is verified with Flouci and settled at most once. A wrong secret is a 404 and touches nothing.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SettlementView confirm(String paymentId, String webhookToken) {
        if (!settings.webhookSecretMatches(webhookToken)) {
            LOG.warning("Flouci webhook with a wrong secret (payment " + paymentId + "): refused");
            throw new EntrixException(EntrixException.Kind.NOT_FOUND, "WEBHOOK_NOT_FOUND", "No such webhook");
        }
        if (!FlouciProtocol.validPaymentId(paymentId)) {
            throw new EntrixException(EntrixException.Kind.BAD_REQUEST, "PAYMENT_ID_INVALID",
                    "The webhook body names no valid payment_id");
        }
        return settlement.settle(paymentId, "webhook");
    }

    /**
     * Verifies, one by one and each in its own transaction, the payments still PENDING that were created more than
     * {@code olderThan} ago (their webhook never came, or came while Flouci was down): paid, failed, expired, or
     * abandoned. Run every few minutes by {@link PaymentReconciliation}; finance can run it on demand.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReconciliationView reconcile(Duration olderThan) {
        Instant before = clock.instant().minus(olderThan);
        List<String> pending = em.createQuery("select p.paymentId from Payment p where p.status = :status "
                        + "and p.createdAt <= :before order by p.createdAt", String.class)
                .setParameter("status", PaymentStatus.PENDING)
                .setParameter("before", before)
                .setMaxResults(500)
                .getResultList();
        int settled = 0;
        int stillPending = 0;
        int failed = 0;
        for (String paymentId : pending) {
            try {
                SettlementView result = settlement.settle(paymentId, "reconciliation");
                if (SettlementView.SETTLED.equals(result.outcome())) {
                    settled++;
                } else if (SettlementView.STILL_PENDING.equals(result.outcome())) {
                    stillPending++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Reconciliation of Flouci payment " + paymentId + " failed: " + e);
            }
        }
        if (!pending.isEmpty()) {
            LOG.info("Flouci reconciliation: " + pending.size() + " checked, " + settled + " settled, "
                    + stillPending + " still pending, " + failed + " failed");
        }
        return new ReconciliationView(pending.size(), settled, stillPending, failed);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<PaymentView> list(PaymentStatus status, Integer page, Integer size) {
        int p = Page.page(page);
        int s = Page.size(size);
        String where = status == null ? "" : " where p.status = :status";
        var query = em.createQuery("select p from Payment p" + where + " order by p.createdAt desc, p.id desc",
                Payment.class);
        var count = em.createQuery("select count(p) from Payment p" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<PaymentView> items = query.setFirstResult(p * s).setMaxResults(s).getResultList().stream()
                .map(PaymentView::of).toList();
        return new Page<>(items, p, s, count.getSingleResult());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PaymentView find(long id) {
        Payment payment = em.find(Payment.class, id);
        if (payment == null) {
            throw new NotFoundException(PaymentSettlement.ENTITY, id);
        }
        return PaymentView.of(payment);
    }

    /** Every call made to Flouci about this payment, oldest first: its generate call, then each verify. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PaymentAttemptView> attempts(long id) {
        Payment payment = em.find(Payment.class, id);
        if (payment == null) {
            throw new NotFoundException(PaymentSettlement.ENTITY, id);
        }
        return em.createQuery("select a from PaymentAttempt a where a.paymentId = :paymentId "
                        + "or (a.paymentId is null and a.trackingId = :trackingId) order by a.createdAt, a.id",
                        PaymentAttempt.class)
                .setParameter("paymentId", payment.getPaymentId())
                .setParameter("trackingId", payment.getTrackingId())
                .getResultList().stream().map(PaymentAttemptView::of).toList();
    }

    /** Where Flouci sends the payer back and its webhook: entrix.public-url, else the address the caller used. */
    private String baseUrl() {
        return settings.publicUrl().or(this::requestBaseUrl)
                .orElseThrow(() -> new RuleViolationException("PUBLIC_URL_UNKNOWN",
                        "Set entrix.public-url: Flouci needs an address to call back"));
    }

    private java.util.Optional<String> requestBaseUrl() {
        try {
            return java.util.Optional.ofNullable(origin.baseUrl());
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return java.util.Optional.empty(); // no request: a timer, a batch job
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
