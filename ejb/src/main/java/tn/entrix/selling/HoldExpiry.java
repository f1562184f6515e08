package tn.entrix.selling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives expired holds and unpaid orders back every 30 seconds. Holds also expire lazily when someone asks for the same
 * ticket type, so a fan never sees "sold out" because of a hold that is already over.
 */
@Singleton
public class HoldExpiry {

    private static final Logger LOG = Logger.getLogger(HoldExpiry.class.getName());

    @Inject
    HoldService holds;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "hold-expiry")
    void expire() {
        try {
            holds.expireDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expiring holds failed; the next run tries again", e);
        }
    }
}
