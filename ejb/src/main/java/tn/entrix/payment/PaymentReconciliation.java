package tn.entrix.payment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code entrix.flouci.reconcile.every} (default 5 minutes), verifies the payments still PENDING
 * {@code entrix.flouci.reconcile.after} (default 10 minutes) after they started: their webhook never came. A
 * programmatic timer rather than {@code @Schedule}, so that the period comes from configuration; not persistent (a
 * missed run is simply the next one).
 */
@Singleton
@Startup
public class PaymentReconciliation {

    private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());

    @Resource
    TimerService timers;

    @Inject
    PaymentService payments;

    @Inject
    FlouciSettings settings;

    @Inject
    @ConfigProperty(name = "entrix.flouci.reconcile.every", defaultValue = "PT5M")
    Duration every;

    @Inject
    @ConfigProperty(name = "entrix.flouci.reconcile.after", defaultValue = "PT10M")
    Duration after;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(every.toMillis(), every.toMillis(),
                new TimerConfig("Flouci reconciliation", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!settings.configured()) {
            return;
        }
        try {
            payments.reconcile(after);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Flouci reconciliation failed", e);
        }
    }
}
