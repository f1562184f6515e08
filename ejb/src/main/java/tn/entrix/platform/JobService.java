package tn.entrix.platform;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;

/**
 * Starts the batch jobs (defined in the batch module, looked up by name so that ejb does not depend on batch) on
 * demand, and reports on their executions; the batch module's schedules call it too. The job repository is in PostgreSQL (config/).
 */
@Stateless
public class JobService {

    /** The jobs that may be started from outside; a name not listed here is a 404. */
    public static final Set<String> JOBS = Set.of("audit-retention");

    /** One execution of a job, as the API shows it. */
    public record JobExecutionView(long id, String job, String batchStatus, String exitStatus, Instant started,
                                   Instant ended) {
    }

    @Inject
    AuditService audit;

    /**
     * Outside any transaction: the batch runtime creates its repository tables and job instances on its own
     * connections, which must not be enlisted in (and rolled back with) the caller's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobExecutionView start(String job, Map<String, String> parameters) {
        if (!JOBS.contains(job)) {
            throw new NotFoundException("Job", job);
        }
        Properties properties = new Properties();
        properties.putAll(parameters);
        long id = BatchRuntime.getJobOperator().start(job, properties);
        audit.recordAlone("JOB_STARTED", "JobExecution", id, Severity.MEDIUM, job + " " + parameters);
        return execution(id);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobExecutionView execution(long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            JobExecution e = operator.getJobExecution(id);
            return new JobExecutionView(id, e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(),
                    e.getStartTime() == null ? null : e.getStartTime().toInstant(),
                    e.getEndTime() == null ? null : e.getEndTime().toInstant());
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("JobExecution", id);
        }
    }
}
