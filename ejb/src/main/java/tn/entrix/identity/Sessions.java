package tn.entrix.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tn.entrix.platform.RequestOrigin;

/** Opening and revoking sessions inside the caller's transaction (login, password reset, erasure, lock). */
@Dependent
class Sessions {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Event<SessionsRevoked> revoked;

    @Inject
    Clock clock;

    UserSession open(User user, SessionChannel channel, Duration lifetime) {
        Instant now = clock.instant();
        UserSession session = new UserSession(UUID.randomUUID().toString(), user.getId(), channel, now,
                now.plus(lifetime), origin.ipAddress(), origin.userAgent());
        em.persist(session);
        return session;
    }

    /** Revokes every active session of the user except {@code keep} (may be null); returns how many. */
    int revokeAll(long userId, String keep) {
        List<UserSession> active = em.createQuery("select s from UserSession s where s.userId = :u "
                        + "and s.revokedAt is null and s.expiresAt > :now", UserSession.class)
                .setParameter("u", userId).setParameter("now", clock.instant()).getResultList()
                .stream().filter(s -> !s.getId().equals(keep)).toList();
        revoke(active);
        return active.size();
    }

    void revoke(List<UserSession> sessions) {
        Instant now = clock.instant();
        Map<String, Instant> ids = new HashMap<>();
        for (UserSession s : sessions) {
            s.revoke(now);
            ids.put(s.getId(), s.getExpiresAt());
        }
        if (!ids.isEmpty()) {
            revoked.fire(new SessionsRevoked(ids));
        }
    }
}
