package tn.entrix.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.inject.Inject;
import tn.entrix.platform.SqlValues;

/**
 * The sessions that were revoked and have not expired yet, in memory, so that verifying a bearer token stays free of
 * database reads (the scanners call the API on every scan). Loaded from the database on first use (after a restart)
 * and kept current by {@link SessionsRevoked} events after commit. Entries leave when the session would have expired
 * anyway. One server: a cluster would need these events on a topic.
 */
@ApplicationScoped
public class RevokedSessions {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    Clock clock;

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public boolean isRevoked(String sessionId) {
        if (!loaded) {
            load();
        }
        return revoked.containsKey(sessionId);
    }

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsRevoked event) {
        revoked.putAll(event.sessions());
        Instant now = clock.instant();
        revoked.values().removeIf(expiry -> expiry.isBefore(now));
    }

    @SuppressWarnings("unchecked")
    private synchronized void load() {
        if (loaded) {
            return;
        }
        List<Object[]> rows = em.createNativeQuery("select id, expires_at from user_session "
                + "where revoked_at is not null and expires_at > now()").getResultList();
        for (Object[] row : rows) {
            revoked.put((String) row[0], SqlValues.instant(row[1]));
        }
        loaded = true;
    }
}
