package tn.entrix.identity;

import java.time.Instant;
import tn.entrix.audit.AuditEntry;
import tn.entrix.audit.Severity;

/** One audit row about a user, or done by them. */
public record ActivityView(Instant occurredAt, String actor, String action, String entityType, String entityId,
                           String ipAddress, Severity severity, String details) {

    static ActivityView of(AuditEntry a) {
        return new ActivityView(a.getOccurredAt(), a.getActor(), a.getAction(), a.getEntityType(), a.getEntityId(),
                a.getIpAddress(), a.getSeverity(), a.getDetails());
    }
}
