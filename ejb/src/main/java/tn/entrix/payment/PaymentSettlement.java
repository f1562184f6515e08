package tn.entrix.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;

/**
 * Settles one payment from what Flouci's verify call reports — the one path for webhooks and reconciliation alike.
 * Exactly once: the payment row is locked (SELECT ... FOR UPDATE) after the verify call and its status read again
 * under the lock, so of two concurrent deliveries one settles and the other finds it settled; a repeated delivery
 * of a settled payment does not even call Flouci.
 */
@Stateless
public class PaymentSettlement {

    private static final Logger LOG = Logger.getLogger(PaymentSettlement.class.getName());
    static final String ENTITY = "Payment";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    FlouciClient flouci;

    @Inject
    AuditService audit;

    @Inject
    Event<PaymentSucceeded> succeeded;

    @Inject
    Clock clock;

    /** A payment Flouci still calls PENDING this long after it was created is abandoned (EXPIRED here). */
    @Inject
    @ConfigProperty(name = "entrix.flouci.abandon-after", defaultValue = "PT2H")
    Duration abandonAfter;

    /** @param trigger what asked: "webhook" or "reconciliation", for the audit trail */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public SettlementView settle(String paymentId, String trigger) {
        Payment payment = em.createQuery("select p from Payment p where p.provider = :provider "
                        + "and p.paymentId = :paymentId", Payment.class)
                .setParameter("provider", PaymentProvider.FLOUCI)
                .setParameter("paymentId", paymentId)
                .getResultStream().findFirst().orElse(null);
        if (payment == null) {
            LOG.warning("Flouci " + trigger + " for unknown payment " + paymentId + ": ignored");
            return new SettlementView(SettlementView.UNKNOWN_PAYMENT, paymentId, null);
        }
        if (payment.getStatus().isFinal()) {
            return new SettlementView(SettlementView.ALREADY_SETTLED, paymentId, payment.getStatus());
        }
        FlouciProtocol.Verification verification = verify(paymentId, payment.getTrackingId());
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        if (payment.getStatus().isFinal()) {
            return new SettlementView(SettlementView.ALREADY_SETTLED, paymentId, payment.getStatus());
        }
        Instant now = clock.instant();
        SettlementDecision decision = SettlementDecision.decide(payment.getAmountMillimes(), payment.getTrackingId(),
                payment.getCreatedAt(), verification, now, abandonAfter);
        if (!payment.settle(decision.status(), verification.amountMillimes(), now)) {
            return new SettlementView(SettlementView.STILL_PENDING, paymentId, payment.getStatus());
        }
        Severity severity = switch (decision.status()) {
            case SUSPICIOUS -> Severity.HIGH;
            case SUCCESS -> Severity.MEDIUM;
            default -> Severity.LOW;
        };
        audit.record("PAYMENT_" + decision.status(), ENTITY, payment.getId(), severity,
                "Flouci payment " + paymentId + " (" + payment.getTrackingId() + ") by " + trigger + ": "
                        + decision.reason());
        if (decision.status() == PaymentStatus.SUCCESS) {
            succeeded.fire(new PaymentSucceeded(paymentId, payment.getTrackingId(), payment.getAmountMillimes()));
        }
        return new SettlementView(SettlementView.SETTLED, paymentId, payment.getStatus());
    }

    private FlouciProtocol.Verification verify(String paymentId, String trackingId) {
        try {
            return flouci.verify(paymentId, trackingId);
        } catch (FlouciCallException.Transient e) {
            throw PaymentProviderException.unavailable("verify_payment: " + e.getMessage());
        } catch (FlouciCallException e) {
            throw PaymentProviderException.rejected("verify_payment: " + e.getMessage());
        } catch (org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException e) {
            throw PaymentProviderException.unavailable("verify_payment: " + e.getMessage());
        }
    }
}
