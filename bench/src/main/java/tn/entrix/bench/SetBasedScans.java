package tn.entrix.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import tn.entrix.gate.ScanBatchStore;
import tn.entrix.gate.ScanReason;

/**
 * The server's batch of scans without the server: the same {@link ScanBatchStore} calls the server's writers make
 * (one round trip reads the taken nonces, locks the N rights in id order and reads their presence; the decisions are
 * taken in Java in arrival order; one statement writes presence, rights, counters and log rows), then one commit.
 * The decisions are the benchmark mix's (first entry, repeat, wrong gate, forged), not the server's whole rule set.
 * Threads are sharded by right, as the server's writers are. {@code ./entrix gate-bench --jdbc-set N}.
 */
final class SetBasedScans implements GateRush.Scanner {

    private final Connection c;
    private final long event;
    private final long deviceId;
    private final int size;
    private final MessageDigest sha256;

    SetBasedScans(Connection c, long event, long deviceId, int size) throws Exception {
        this.c = c;
        this.event = event;
        this.deviceId = deviceId;
        this.size = size;
        this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    @Override
    public int batch() {
        return size;
    }

    @Override
    public String scan(GateRush.Scan scan) throws SQLException {
        return scanAll(List.of(scan)).get(0);
    }

    @Override
    public List<String> scanAll(List<GateRush.Scan> scans) throws SQLException {
        Instant now = Instant.now();
        try {
            List<ScanBatchStore.Nonce> nonces = new ArrayList<>();
            Set<Long> ids = new TreeSet<>();
            for (GateRush.Scan scan : scans) {
                nonces.add(new ScanBatchStore.Nonce(deviceId, "jdbc-" + UUID.randomUUID()));
                if (!scan.kind().equals("forged")) {
                    ids.add(scan.rightId());
                }
            }
            ScanBatchStore.Found found = ScanBatchStore.read(c, nonces, ids, now);
            Set<Long> inside = new HashSet<>();
            found.rights().values().stream().filter(l -> l.right().inside()).forEach(l -> inside.add(l.right().id()));
            ScanBatchStore.Writes writes = new ScanBatchStore.Writes();
            List<String> reasons = new ArrayList<>(scans.size());
            for (int i = 0; i < scans.size(); i++) {
                GateRush.Scan scan = scans.get(i);
                String nonce = nonces.get(i).nonce();
                ScanBatchStore.Locked locked = found.rights().get(scan.rightId());
                ScanReason reason;
                if (scan.kind().equals("forged") || locked == null || !Arrays.equals(locked.tokenSha256(),
                        sha256.digest(scan.code().getBytes(StandardCharsets.US_ASCII)))) {
                    reason = ScanReason.INVALID;
                } else if (scan.kind().equals("wrong gate")) {
                    reason = ScanReason.WRONG_GATE;
                } else if (!inside.add(scan.rightId())) {
                    reason = ScanReason.ALREADY_INSIDE;
                } else {
                    reason = ScanReason.ENTERED;
                }
                if (reason == ScanReason.ENTERED) {
                    writes.enter(locked.right(), scan.pointId(), new ScanBatchStore.Row(deviceId, "bench",
                            scan.pointId(), event, scan.rightId(), nonce, "ADMITTED", reason, false));
                } else {
                    Long right = reason == ScanReason.INVALID ? null : scan.rightId();
                    long shardKey = right == null ? nonce.hashCode() : right;
                    writes.deny(scan.pointId(), shardKey, new ScanBatchStore.Row(deviceId, "bench", scan.pointId(),
                            event, right, nonce, "DENIED", reason, reason.supervisor()));
                }
                reasons.add(reason.name());
            }
            if (writes.flush(c, now) == null) {
                throw new SQLException("a nonce of the batch was taken");
            }
            c.commit();
            return reasons;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }
}
