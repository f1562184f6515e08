package tn.entrix.audit;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The audit-retention job's only step: asks {@link AuditService} to purge, chunk by chunk, the rows older than the
 * retention period. Holds no rule itself: the period's default and the purge live in the service.
 */
@Named("auditRetentionBatchlet")
@Dependent
public class AuditRetentionBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(AuditRetentionBatchlet.class.getName());

    @Inject
    @BatchProperty
    String retention;

    @Inject
    AuditService audit;

    @Inject
    StepContext step;

    @Override
    public String process() {
        Duration period = retention == null || retention.isBlank() ? null : Duration.parse(retention);
        long total = 0;
        int deleted;
        do {
            deleted = audit.purgeChunk(period, 10_000);
            total += deleted;
        } while (deleted > 0);
        long purged = total;
        step.setExitStatus("PURGED " + purged);
        LOG.info(() -> "audit-retention purged " + purged + " rows");
        return "COMPLETED";
    }
}
