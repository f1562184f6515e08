package tn.entrix.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes the attempt log: each row in a transaction of its own, so it survives whatever the caller does next. */
@Stateless
public class PaymentAttempts {

    private static final Logger LOG = Logger.getLogger(PaymentAttempts.class.getName());

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    Clock clock;

    /** Never throws: a failure to log an attempt must not turn a good payment call into a failed one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(PaymentOperation operation, String paymentId, String trackingId, String summary,
                       Integer httpStatus, long latencyMs, AttemptOutcome outcome, String error) {
        try {
            em.persist(new PaymentAttempt(PaymentProvider.FLOUCI, operation, paymentId, trackingId, summary,
                    httpStatus, (int) Math.min(latencyMs, Integer.MAX_VALUE), outcome, error, clock.instant()));
            em.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a Flouci " + operation + " attempt (" + outcome + ")", e);
        }
    }
}
