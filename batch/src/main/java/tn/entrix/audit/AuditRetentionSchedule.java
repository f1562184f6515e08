package tn.entrix.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import tn.entrix.platform.JobService;

/** Runs audit-retention every night, when the stadiums are empty. */
@Singleton
public class AuditRetentionSchedule {

    @Inject
    JobService jobs;

    @Schedule(hour = "3", minute = "15", persistent = false, info = "nightly audit retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        jobs.start("audit-retention", Map.of());
    }
}
