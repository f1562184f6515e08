package tn.entrix.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.NotFoundException;

/** The logins of a user: listed, revoked one by one, or all at once ("log out everywhere"). */
@Stateless
public class SessionService {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public List<SessionView> sessionsOf(String username, String currentSessionId) {
        return list(accounts.self(username).getId(), currentSessionId);
    }

    public List<SessionView> list(long userId, String currentSessionId) {
        Instant now = clock.instant();
        return em.createQuery("select s from UserSession s where s.userId = :u order by s.createdAt desc",
                        UserSession.class)
                .setParameter("u", userId).setMaxResults(100).getResultStream()
                .map(s -> SessionView.of(s, now, currentSessionId)).toList();
    }

    /** Ends one of the caller's own sessions (logout); someone else's session id is NOT_FOUND. */
    public void revokeOwn(String username, String sessionId) {
        User user = accounts.self(username);
        UserSession session = sessionId == null ? null : em.find(UserSession.class, sessionId);
        if (session == null || session.getUserId() != user.getId()) {
            throw new NotFoundException("Session", sessionId);
        }
        sessions.revoke(List.of(session));
        audit.record("SESSION_REVOKED", UserService.ENTITY, user.getId(), Severity.LOW, sessionId);
    }

    /** "Log out everywhere", except the session it is asked from when {@code keep} names one. */
    public int revokeAllOwn(String username, String keep) {
        User user = accounts.self(username);
        int count = sessions.revokeAll(user.getId(), keep);
        audit.record("SESSIONS_REVOKED", UserService.ENTITY, user.getId(), Severity.MEDIUM, count + " sessions");
        return count;
    }

    /** Staff ends every session of a user (suspected account takeover). */
    public int revokeAllOf(long userId) {
        User user = accounts.user(userId);
        int count = sessions.revokeAll(user.getId(), null);
        audit.record("SESSIONS_REVOKED", UserService.ENTITY, user.getId(), Severity.HIGH, count + " sessions by staff");
        return count;
    }
}
