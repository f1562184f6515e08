package tn.entrix.gate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tn.entrix.access.TokenVerifier;
import tn.entrix.platform.EntrixException;

/**
 * Online entry scans, decided in batches. At the gates' rush every scan is a short transaction of the same few
 * statements, and the database spends most of its time on each statement and commit rather than on the rows (the
 * gate benchmark: one transaction per scan 1,250/s, 32 scans per set-based transaction 4,400/s, JDBC alone). So a
 * scan's request thread checks the code's signature itself, then queues the scan for a writer; each writer takes
 * whatever has queued up meanwhile (up to {@code entrix.gate.scan-batch}) and decides it in one transaction
 * ({@link ScanBatchService}). No scan waits for a batch to fill: a lone scan is a batch of one; batches grow only
 * when scans arrive faster than one transaction takes. Writers are sharded by right, so one code's scans are decided
 * in arrival order by one writer, and two writers never want the same row lock.
 * <p>
 * Exits, offline uploads, and whatever a batch hands back (a retried nonce, a blacklisted holder, a batch rolled
 * back) go through {@link ScanService} one at a time. {@code entrix.gate.scan-batching=false} sends every scan there.
 */
@ApplicationScoped
public class ScanBatcher {

    private static final Logger LOG = Logger.getLogger(ScanBatcher.class.getName());

    @Inject
    @ConfigProperty(name = "entrix.gate.scan-batching", defaultValue = "true")
    boolean batching;

    /** Writer threads; 0 means one per core. */
    @Inject
    @ConfigProperty(name = "entrix.gate.scan-writers", defaultValue = "0")
    int writerCount;

    @Inject
    @ConfigProperty(name = "entrix.gate.scan-batch", defaultValue = "64")
    int batchSize;

    /** How long a scan waits for its batch before the steward is told to scan again (503 SCAN_BUSY). */
    @Inject
    @ConfigProperty(name = "entrix.gate.scan-wait", defaultValue = "PT5S")
    Duration wait;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ScanBatchService batches;

    @Inject
    ScanService scans;

    @Inject
    PublicKeys publicKeys;

    @Inject
    GateMap gateMap;

    private final List<BlockingQueue<PendingScan>> queues = new ArrayList<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    @PostConstruct
    void start() {
        if (!batching) {
            return;
        }
        running = true;
        int count = writerCount > 0 ? writerCount : Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < count; i++) {
            BlockingQueue<PendingScan> queue = new LinkedBlockingQueue<>();
            Thread writer = threads.newThread(() -> write(queue));
            writer.setName("entrix-scan-writer-" + i);
            queues.add(queue);
            writers.add(writer);
            writer.start();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        writers.forEach(Thread::interrupt);
    }

    /** Decides an online scan by {@code steward} on {@code device}. */
    public ScanDecision scan(Device device, ScanRequest request, String steward) {
        if (!running || request.direction() != Direction.ENTRY) {
            return scans.scan(device, request);
        }
        PendingScan scan = new PendingScan(device, steward, ScanService.pointOf(gateMap, device, request), request,
                publicKeys.verifier().verify(request.code()), new CompletableFuture<>());
        queues.get((int) Math.floorMod(scan.shardKey(), (long) queues.size())).add(scan);
        ScanDecision decision;
        try {
            decision = scan.answer().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } catch (ExecutionException e) {
            decision = null;
        }
        return decision != null ? decision : scans.scan(device, request, scan.verification());
    }

    /**
     * Online scans sent together by one device — a gate's edge node forwarding its turnstiles' readers: the entries
     * decided together in one batch on this thread, then the exits and whatever the batch hands back, one at a time,
     * in the order sent. Every scan's access point is checked first, so a scan refused for its point writes nothing.
     */
    public List<ScanDecision> scanAll(Device device, List<ScanRequest> requests, String steward) {
        List<PendingScan> entries = new ArrayList<>();
        List<Integer> entryIndexes = new ArrayList<>();
        TokenVerifier.Verification[] verified = new TokenVerifier.Verification[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            ScanRequest request = requests.get(i);
            GateMap.Point point = ScanService.pointOf(gateMap, device, request);
            if (request.direction() == Direction.ENTRY) {
                verified[i] = publicKeys.verifier().verify(request.code());
                entries.add(new PendingScan(device, steward, point, request, verified[i], null));
                entryIndexes.add(i);
            }
        }
        ScanDecision[] decisions = new ScanDecision[requests.size()];
        List<ScanDecision> decided = entries.isEmpty() ? null : decide(entries);
        for (int j = 0; decided != null && j < entries.size(); j++) {
            decisions[entryIndexes.get(j)] = decided.get(j);
        }
        for (int i = 0; i < requests.size(); i++) {
            if (decisions[i] == null) {
                decisions[i] = scans.scan(device, requests.get(i), verified[i]);
            }
        }
        return List.of(decisions);
    }

    private void write(BlockingQueue<PendingScan> queue) {
        List<PendingScan> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, batchSize - 1);
            List<ScanDecision> decisions = decide(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(decisions == null ? null : decisions.get(i));
            }
            batch.clear();
        }
    }

    /** The batch's decisions, or null when it failed (each scan is then decided on its own). */
    private List<ScanDecision> decide(List<PendingScan> batch) {
        try {
            return batches.decide(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A batch of scans failed; deciding them one by one", e);
            return null;
        }
    }

    private static EntrixException busy() {
        // the scan may still be decided; the device's retry with the same nonce gets that decision
        return new EntrixException(EntrixException.Kind.UNAVAILABLE, "SCAN_BUSY",
                "The gate server is too busy to decide this scan now; scan the code again");
    }
}
