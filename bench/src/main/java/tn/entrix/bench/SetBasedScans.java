package tn.entrix.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import tn.entrix.gate.GateStore;

/**
 * An experiment for the gate's throughput target, not what the server does: the plain JDBC loop's work for N scans
 * at a time, as set-based statements in one transaction — the N rights locked by one {@code = any(?)} (in id order),
 * their presence read by one, the decisions taken in Java in arrival order (a code twice in a batch: the second
 * finds the first inside), then one statement per table (presence, rights, zone and gate counters summed per key,
 * denial counts, log rows through {@code unnest}) and one commit. It measures what a server that micro-batches
 * concurrent scans (a queue in front of one writer) could ask of the database; threads are sharded by right, as a
 * single writer would be. {@code ./entrix gate-bench --jdbc-set N}.
 */
final class SetBasedScans implements GateRush.Scanner {

    /** {@link GateStore#LOCK_RIGHT} for a set of rights: the code's hash is compared in Java. */
    static final String LOCK = rewrite(GateStore.LOCK_RIGHT, "select r.user_id", "select r.id, r.user_id",
            "r.token_sha256 = ?", "r.token_sha256",
            "where r.id = ? for update of r", "where r.id = any (?) order by r.id for update of r");

    static final String PRESENCE = "select access_right_id, inside from access_presence where access_right_id = any (?)";

    static final String ENTER = "insert into access_presence (access_right_id, event_id, inside, entries, exits, "
            + "first_entry_at, last_entry_at, last_entry_point_id) select r, ?, true, 1, 0, ?, ?, p "
            + "from unnest(?::bigint[], ?::bigint[]) t(r, p) on conflict (access_right_id) do update set inside = true, "
            + "entries = access_presence.entries + 1, last_entry_at = excluded.last_entry_at, "
            + "last_entry_point_id = excluded.last_entry_point_id";

    static final String USED = "update access_right set status = 'USED', updated_at = ?, version = version + 1 "
            + "where id = any (?) and status = 'VALID'";

    static final String ZONES = "insert into zone_occupancy (event_id, zone_id, shard, entries) select ?, z, s, n "
            + "from unnest(?::bigint[], ?::smallint[], ?::bigint[]) t(z, s, n) on conflict (event_id, zone_id, shard) "
            + "do update set entries = zone_occupancy.entries + excluded.entries";

    static final String GATES = "insert into gate_traffic (event_id, access_point_id, shard, entries, denied) "
            + "select ?, g, s, e, d from unnest(?::bigint[], ?::smallint[], ?::bigint[], ?::bigint[]) t(g, s, e, d) "
            + "on conflict (event_id, access_point_id, shard) do update set entries = gate_traffic.entries "
            + "+ excluded.entries, denied = gate_traffic.denied + excluded.denied";

    static final String DENIALS = "insert into denial_count (event_id, reason, shard, count) select ?, r, s, n "
            + "from unnest(?::text[], ?::smallint[], ?::bigint[]) t(r, s, n) on conflict (event_id, reason, shard) "
            + "do update set count = denial_count.count + excluded.count";

    static final String LOG = "insert into scan (device_id, steward, access_point_id, event_id, access_right_id, "
            + "direction, nonce, scanned_at, received_at, decision, reason, supervisor, offline) "
            + "select ?, 'bench', p, ?, r, 'ENTRY', n, ?, ?, d, re, d = 'DENIED', false "
            + "from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]) t(p, r, n, d, re) "
            + "on conflict (device_id, nonce) do nothing";

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
        Timestamp at = Timestamp.from(now);
        try {
            Set<Long> ids = new HashSet<>();
            for (GateRush.Scan scan : scans) {
                if (!scan.kind().equals("forged")) {
                    ids.add(scan.rightId());
                }
            }
            Map<Long, byte[]> hashes = new HashMap<>();
            Set<Long> inside = new HashSet<>();
            if (!ids.isEmpty()) {
                Array idArray = c.createArrayOf("bigint", ids.toArray());
                try (PreparedStatement lock = c.prepareStatement(LOCK)) {
                    lock.setTimestamp(1, at);
                    lock.setTimestamp(2, at);
                    lock.setArray(3, idArray);
                    try (ResultSet rs = lock.executeQuery()) {
                        while (rs.next()) {
                            hashes.put(rs.getLong(1), rs.getBytes(8));
                        }
                    }
                }
                try (PreparedStatement presence = c.prepareStatement(PRESENCE)) {
                    presence.setArray(1, idArray);
                    try (ResultSet rs = presence.executeQuery()) {
                        while (rs.next()) {
                            if (rs.getBoolean(2)) {
                                inside.add(rs.getLong(1));
                            }
                        }
                    }
                }
            }
            List<String> reasons = new ArrayList<>(scans.size());
            List<Long> entered = new ArrayList<>();
            List<Long> enteredAt = new ArrayList<>();
            // counters summed per row, in key order: concurrent batches upsert counter rows in one order
            Map<Counter, Long> zones = new TreeMap<>();
            Map<Counter, long[]> gates = new TreeMap<>();
            Map<Denial, Long> denials = new TreeMap<>();
            List<Long> points = new ArrayList<>();
            List<Long> rights = new ArrayList<>();
            List<String> nonces = new ArrayList<>();
            List<String> decisions = new ArrayList<>();
            for (GateRush.Scan scan : scans) {
                short shard = (short) Math.floorMod(scan.rightId(), GateStore.SHARDS);
                String reason;
                Long right = scan.rightId();
                byte[] hash = hashes.get(scan.rightId());
                if (scan.kind().equals("forged") || hash == null || !java.util.Arrays.equals(hash,
                        sha256.digest(scan.code().getBytes(StandardCharsets.US_ASCII)))) {
                    reason = "INVALID";
                    right = null;
                } else if (scan.kind().equals("wrong gate")) {
                    reason = "WRONG_GATE";
                } else if (!inside.add(scan.rightId())) {
                    reason = "ALREADY_INSIDE";
                } else {
                    reason = "ENTERED";
                }
                boolean admitted = reason.equals("ENTERED");
                if (admitted) {
                    entered.add(scan.rightId());
                    enteredAt.add(scan.pointId());
                    zones.merge(new Counter(scan.zoneId(), shard), 1L, Long::sum);
                } else {
                    denials.merge(new Denial(reason, shard), 1L, Long::sum);
                }
                long[] gate = gates.computeIfAbsent(new Counter(scan.pointId(), shard), k -> new long[2]);
                gate[admitted ? 0 : 1]++;
                points.add(scan.pointId());
                rights.add(right);
                nonces.add("jdbc-" + UUID.randomUUID());
                decisions.add(admitted ? "ADMITTED" : "DENIED");
                reasons.add(reason);
            }
            if (!entered.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(ENTER)) {
                    s.setLong(1, event);
                    s.setTimestamp(2, at);
                    s.setTimestamp(3, at);
                    s.setArray(4, c.createArrayOf("bigint", entered.toArray()));
                    s.setArray(5, c.createArrayOf("bigint", enteredAt.toArray()));
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement(USED)) {
                    s.setTimestamp(1, at);
                    s.setArray(2, c.createArrayOf("bigint", entered.toArray()));
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement(ZONES)) {
                    s.setLong(1, event);
                    s.setArray(2, c.createArrayOf("bigint", zones.keySet().stream().map(Counter::id).toArray()));
                    s.setArray(3, c.createArrayOf("smallint", zones.keySet().stream().map(Counter::shard).toArray()));
                    s.setArray(4, c.createArrayOf("bigint", zones.values().toArray()));
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement(GATES)) {
                s.setLong(1, event);
                s.setArray(2, c.createArrayOf("bigint", gates.keySet().stream().map(Counter::id).toArray()));
                s.setArray(3, c.createArrayOf("smallint", gates.keySet().stream().map(Counter::shard).toArray()));
                s.setArray(4, c.createArrayOf("bigint", gates.values().stream().map(g -> g[0]).toArray()));
                s.setArray(5, c.createArrayOf("bigint", gates.values().stream().map(g -> g[1]).toArray()));
                s.executeUpdate();
            }
            if (!denials.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(DENIALS)) {
                    s.setLong(1, event);
                    s.setArray(2, c.createArrayOf("text", denials.keySet().stream().map(Denial::reason).toArray()));
                    s.setArray(3, c.createArrayOf("smallint", denials.keySet().stream().map(Denial::shard).toArray()));
                    s.setArray(4, c.createArrayOf("bigint", denials.values().toArray()));
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement(LOG)) {
                s.setLong(1, deviceId);
                s.setLong(2, event);
                s.setTimestamp(3, at);
                s.setTimestamp(4, at);
                s.setArray(5, c.createArrayOf("bigint", points.toArray()));
                s.setArray(6, c.createArrayOf("bigint", rights.toArray()));
                s.setArray(7, c.createArrayOf("text", nonces.toArray()));
                s.setArray(8, c.createArrayOf("text", decisions.toArray()));
                s.setArray(9, c.createArrayOf("text", reasons.toArray()));
                s.executeUpdate();
            }
            c.commit();
            return reasons;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** A counter row of the event: a zone's or a gate's, and its shard. */
    record Counter(long id, short shard) implements Comparable<Counter> {
        @Override
        public int compareTo(Counter o) {
            return id != o.id ? Long.compare(id, o.id) : Short.compare(shard, o.shard);
        }
    }

    /** A denial-count row of the event. */
    record Denial(String reason, short shard) implements Comparable<Denial> {
        @Override
        public int compareTo(Denial o) {
            int byReason = reason.compareTo(o.reason);
            return byReason != 0 ? byReason : Short.compare(shard, o.shard);
        }
    }

    /** {@code sql} with each of the pairs' first text replaced by the second; fails if one is not there. */
    static String rewrite(String sql, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (!sql.contains(pairs[i])) {
                throw new IllegalStateException("GateStore's statement changed: no \"" + pairs[i] + "\" in " + sql);
            }
            sql = sql.replace(pairs[i], pairs[i + 1]);
        }
        return sql;
    }
}
