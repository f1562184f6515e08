package tn.entrix.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tn.entrix.platform.RequestOrigin;

/**
 * Writes the audit trail. MANDATORY: an audit row only exists inside the transaction of the change it records, so
 * both commit or neither does. The actor is the caller's principal ("system" for startup and batch work).
 */
@Stateless
public class AuditService {

    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /** How long audit rows are kept; legal requirements decide, five years by default. */
    @Inject
    @ConfigProperty(name = "entrix.audit.retention", defaultValue = "P1825D")
    Duration retention;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Severity severity, String details) {
        em.persist(new AuditEntry(clock.instant(), actor(), action, entityType,
                entityId == null ? null : String.valueOf(entityId), origin.ipAddress(), severity, details));
    }

    /**
     * For actions whose actor is not (yet) the caller: a login, a registration, a password reset by link. The
     * actor is who the action was about, so the trail of an account reads naturally.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, String action, String entityType, Object entityId, Severity severity,
                         String details) {
        em.persist(new AuditEntry(clock.instant(), actor == null ? SYSTEM : actor, action, entityType,
                entityId == null ? null : String.valueOf(entityId), origin.ipAddress(), severity, details));
    }

    /** For the few actions that happen outside a transaction (starting a batch job): an audit row of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(String action, String entityType, Object entityId, Severity severity, String details) {
        record(action, entityType, entityId, severity, details);
    }

    /**
     * Deletes up to {@code limit} rows older than the retention period (default: entrix.audit.retention), in a
     * transaction of its own so a long purge commits as it goes; the purge itself is audited.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeChunk(Duration period, int limit) {
        Instant before = clock.instant().minus(period == null ? retention : period);
        int deleted = em.createNativeQuery("delete from audit_log where id in (select id from audit_log "
                        + "where occurred_at < ? order by id limit ?)")
                .setParameter(1, before).setParameter(2, limit).executeUpdate();
        if (deleted > 0) {
            record("AUDIT_PURGED", "AuditLog", null, Severity.MEDIUM, deleted + " rows older than " + before);
        }
        return deleted;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> trailOf(String entityType, Object entityId) {
        return em.createQuery("select a from AuditEntry a where a.entityType = :type and a.entityId = :id "
                        + "order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .setMaxResults(200)
                .getResultList();
    }

    private String actor() {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        // Payara names the unauthenticated caller ANONYMOUS; startup work has no caller at all
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }
}
