package tn.entrix.gate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SQL of a batch of scans ({@link ScanBatchService}): {@link GateStore}'s work for many scans in a few set-based
 * statements — the rights locked by one {@code = any(?)}, their presence read by one, then one statement per table
 * through {@code unnest}, counters summed per row. Statements cost the database far more than the rows they touch
 * (parse, plan, protocol, commit: measured ~0.3 ms of PostgreSQL's CPU each), so a batch of 32 costs the database
 * about what three single scans do. The benchmark's {@code --jdbc-set} loop runs these statements without the server.
 */
public final class ScanBatchStore {

    private ScanBatchStore() {
    }

    /** Which of these (device, nonce) pairs a scan already has: those are retries, answered with the first decision. */
    public static final String TAKEN = "select s.device_id, s.nonce from scan s "
            + "join unnest(?::bigint[], ?::text[]) t(d, n) on s.device_id = t.d and s.nonce = t.n";

    /** Where the holders are, read after the lock statement (a fresh snapshot, as in {@link GateStore#PRESENCE}). */
    public static final String PRESENCE = "select access_right_id, inside, entries, last_entry_at, "
            + "last_entry_point_id from access_presence where access_right_id = any (?)";

    /** Members of segregated supporter groups among these holders (derby). */
    public static final String GROUPS = "select user_id, group_id from group_member "
            + "where user_id = any (?) and group_id = any (?)";

    /**
     * Every write of a batch in one statement (writable CTEs, as {@link GateStore#ENTER}): entries, rights now USED,
     * zone counters, denial counts, gate counters, then the log rows; a nonce taken meanwhile (an upload racing the
     * batch) inserts no log row and returns none. Parameters: the time, the entries (right, event, point), the time
     * and the entered rights, the zone counters (event, zone, shard, entries), the denial counts (event, reason,
     * shard, count), the gate counters (event, point, shard, entries, denied), the time twice and the log rows
     * (device, steward, point, event, right, nonce, decision, reason, supervisor).
     */
    public static final String WRITE = "with presence as (insert into access_presence (access_right_id, event_id, "
            + "inside, entries, exits, first_entry_at, last_entry_at, last_entry_point_id) "
            + "select r, e, true, 1, 0, t.at, t.at, p from (select ?::timestamptz at) t, "
            + "unnest(?::bigint[], ?::bigint[], ?::bigint[]) u(r, e, p) on conflict (access_right_id) do update "
            + "set inside = true, entries = access_presence.entries + 1, last_entry_at = excluded.last_entry_at, "
            + "last_entry_point_id = excluded.last_entry_point_id), "
            + "used as (update access_right set status = 'USED', updated_at = ?, version = version + 1 "
            + "where id = any (?) and status = 'VALID'), "
            + "zone as (insert into zone_occupancy (event_id, zone_id, shard, entries) "
            + "select e, z, s, n from unnest(?::bigint[], ?::bigint[], ?::smallint[], ?::bigint[]) t(e, z, s, n) "
            + "on conflict (event_id, zone_id, shard) do update set entries = zone_occupancy.entries "
            + "+ excluded.entries), "
            + "denial as (insert into denial_count (event_id, reason, shard, count) "
            + "select e, r, s, n from unnest(?::bigint[], ?::text[], ?::smallint[], ?::bigint[]) t(e, r, s, n) "
            + "on conflict (event_id, reason, shard) do update set count = denial_count.count + excluded.count), "
            + "gate as (insert into gate_traffic (event_id, access_point_id, shard, entries, denied) "
            + "select e, g, s, n, d from unnest(?::bigint[], ?::bigint[], ?::smallint[], ?::bigint[], ?::bigint[]) "
            + "t(e, g, s, n, d) on conflict (event_id, access_point_id, shard) do update set "
            + "entries = gate_traffic.entries + excluded.entries, denied = gate_traffic.denied + excluded.denied) "
            + "insert into scan (device_id, steward, access_point_id, event_id, access_right_id, direction, nonce, "
            + "scanned_at, received_at, decision, reason, supervisor, offline) "
            + "select d, st, p, e, r, 'ENTRY', n, ?, ?, de, re, su, false from unnest(?::bigint[], ?::text[], "
            + "?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::boolean[]) "
            + "t(d, st, p, e, r, n, de, re, su) on conflict (device_id, nonce) do nothing returning id, device_id, nonce";

    /** A scan's identity: its device and the device's nonce. */
    public record Nonce(long deviceId, String nonce) {
    }

    /** A right under its lock, with its current code's hash (a scan compares the code it read). */
    public record Locked(RightState right, byte[] tokenSha256) {
    }

    /**
     * The batch's reads in one round trip: which of its nonces are taken ({@link #TAKEN}), its rights under their row
     * locks in id order ({@link GateStore#LOCK_RIGHTS}), then where their holders are ({@link #PRESENCE}, a statement
     * of its own after the lock, for {@link GateStore#PRESENCE}'s reason).
     */
    public static final String READ = TAKEN + "; " + GateStore.LOCK_RIGHTS + "; " + PRESENCE;

    /** What a batch finds before it decides: the nonces already logged, and the rights it names, locked. */
    public record Found(Set<Nonce> taken, Map<Long, Locked> rights) {
    }

    public static Found read(Connection c, Collection<Nonce> nonces, Set<Long> rightIds, Instant at) throws SQLException {
        Set<Nonce> taken = new HashSet<>();
        Map<Long, Locked> locked = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(READ)) {
            s.setArray(1, array(c, "bigint", nonces.stream().map(Nonce::deviceId).toList()));
            s.setArray(2, array(c, "text", nonces.stream().map(Nonce::nonce).toList()));
            s.setTimestamp(3, Timestamp.from(at));
            s.setTimestamp(4, Timestamp.from(at));
            s.setArray(5, array(c, "bigint", rightIds));
            s.setArray(6, array(c, "bigint", rightIds));
            s.execute();
            try (ResultSet rs = s.getResultSet()) {
                while (rs.next()) {
                    taken.add(new Nonce(rs.getLong(1), rs.getString(2)));
                }
            }
            s.getMoreResults();
            try (ResultSet rs = s.getResultSet()) {
                while (rs.next()) {
                    RightState right = new RightState(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            GateStore.zonesOf(rs.getLong(4), rs.getArray(11)), rs.getString(5), instant(rs.getTimestamp(6)),
                            instant(rs.getTimestamp(7)), true, rs.getString(9), rs.getString(10), false, 0, null, null,
                            rs.getBoolean(12));
                    locked.put(right.id(), new Locked(right, rs.getBytes(8)));
                }
            }
            s.getMoreResults();
            try (ResultSet rs = s.getResultSet()) {
                while (rs.next()) {
                    Locked l = locked.get(rs.getLong(1));
                    if (l != null) {
                        long point = rs.getLong(5);
                        Long lastPoint = rs.wasNull() ? null : point;
                        locked.put(l.right().id(), new Locked(l.right().at(rs.getBoolean(2), rs.getInt(3),
                                instant(rs.getTimestamp(4)), lastPoint), l.tokenSha256()));
                    }
                }
            }
        }
        return new Found(taken, locked);
    }

    /** For each of these users, which of these groups they are in. */
    static Map<Long, Set<Long>> groups(Connection c, Set<Long> users, Set<Long> groups) throws SQLException {
        Map<Long, Set<Long>> in = new HashMap<>();
        if (users.isEmpty() || groups.isEmpty()) {
            return in;
        }
        try (PreparedStatement s = c.prepareStatement(GROUPS)) {
            s.setArray(1, c.createArrayOf("bigint", users.toArray()));
            s.setArray(2, c.createArrayOf("bigint", groups.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    in.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
        }
        return in;
    }

    /** A log row of the batch. */
    public record Row(long deviceId, String steward, long pointId, Long eventId, Long rightId, String nonce, String decision,
               ScanReason reason, boolean supervisor) {
    }

    /**
     * What a batch writes, gathered as it decides: entries, live counters summed per row (kept in key order, so
     * concurrent batches touch counter rows in one order, zones before denials before gates as a single scan does),
     * and every scan's log row.
     */
    public static final class Writes {

        private final List<Long> enteredRights = new ArrayList<>();
        private final List<Long> enteredEvents = new ArrayList<>();
        private final List<Long> enteredPoints = new ArrayList<>();
        private final Map<Counter, Long> zones = new TreeMap<>();
        private final Map<Denial, Long> denials = new TreeMap<>();
        private final Map<Counter, long[]> gates = new TreeMap<>();
        private final List<Row> log = new ArrayList<>();

        /** An admitted entry of {@code right} through {@code pointId}. */
        public void enter(RightState right, long pointId, Row row) {
            enteredRights.add(right.id());
            enteredEvents.add(right.eventId());
            enteredPoints.add(pointId);
            short shard = GateStore.shard(right.id());
            zones.merge(new Counter(right.eventId(), right.zoneId(), shard), 1L, Long::sum);
            gates.computeIfAbsent(new Counter(right.eventId(), pointId, shard), k -> new long[2])[0]++;
            log.add(row);
        }

        /** A denial, counted per reason and per gate when its event is known ({@link GateStore#DENY}). */
        public void deny(long pointId, long shardKey, Row row) {
            if (row.eventId() != null) {
                short shard = GateStore.shard(shardKey);
                denials.merge(new Denial(row.eventId(), row.reason().name(), shard), 1L, Long::sum);
                gates.computeIfAbsent(new Counter(row.eventId(), pointId, shard), k -> new long[2])[1]++;
            }
            log.add(row);
        }

        /**
         * Writes it all; returns each log row's id by nonce, or null when a nonce was taken meanwhile (the caller
         * rolls the batch back).
         */
        public Map<Nonce, Long> flush(Connection c, Instant now) throws SQLException {
            if (log.isEmpty()) {
                return Map.of(); // every scan of the batch was handed back: nothing to write
            }
            Timestamp at = Timestamp.from(now);
            Map<Nonce, Long> ids = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(WRITE)) {
                int i = 1;
                s.setTimestamp(i++, at);
                s.setArray(i++, array(c, "bigint", enteredRights));
                s.setArray(i++, array(c, "bigint", enteredEvents));
                s.setArray(i++, array(c, "bigint", enteredPoints));
                s.setTimestamp(i++, at);
                s.setArray(i++, array(c, "bigint", enteredRights));
                s.setArray(i++, array(c, "bigint", zones.keySet().stream().map(Counter::eventId).toList()));
                s.setArray(i++, array(c, "bigint", zones.keySet().stream().map(Counter::id).toList()));
                s.setArray(i++, array(c, "smallint", zones.keySet().stream().map(Counter::shard).toList()));
                s.setArray(i++, array(c, "bigint", zones.values()));
                s.setArray(i++, array(c, "bigint", denials.keySet().stream().map(Denial::eventId).toList()));
                s.setArray(i++, array(c, "text", denials.keySet().stream().map(Denial::reason).toList()));
                s.setArray(i++, array(c, "smallint", denials.keySet().stream().map(Denial::shard).toList()));
                s.setArray(i++, array(c, "bigint", denials.values()));
                s.setArray(i++, array(c, "bigint", gates.keySet().stream().map(Counter::eventId).toList()));
                s.setArray(i++, array(c, "bigint", gates.keySet().stream().map(Counter::id).toList()));
                s.setArray(i++, array(c, "smallint", gates.keySet().stream().map(Counter::shard).toList()));
                s.setArray(i++, array(c, "bigint", gates.values().stream().map(g -> g[0]).toList()));
                s.setArray(i++, array(c, "bigint", gates.values().stream().map(g -> g[1]).toList()));
                s.setTimestamp(i++, at);
                s.setTimestamp(i++, at);
                s.setArray(i++, array(c, "bigint", log.stream().map(Row::deviceId).toList()));
                s.setArray(i++, array(c, "text", log.stream().map(Row::steward).toList()));
                s.setArray(i++, array(c, "bigint", log.stream().map(Row::pointId).toList()));
                s.setArray(i++, array(c, "bigint", log.stream().map(Row::eventId).toList()));
                s.setArray(i++, array(c, "bigint", log.stream().map(Row::rightId).toList()));
                s.setArray(i++, array(c, "text", log.stream().map(Row::nonce).toList()));
                s.setArray(i++, array(c, "text", log.stream().map(Row::decision).toList()));
                s.setArray(i++, array(c, "text", log.stream().map(r -> r.reason().name()).toList()));
                s.setArray(i, array(c, "boolean", log.stream().map(Row::supervisor).toList()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.put(new Nonce(rs.getLong(2), rs.getString(3)), rs.getLong(1));
                    }
                }
            }
            return ids.size() == log.size() ? ids : null;
        }
    }

    private static Array array(Connection c, String type, Collection<?> values) throws SQLException {
        return c.createArrayOf(type, values.toArray());
    }

    /** A counter row: a zone's or a gate's of an event, and its shard. */
    record Counter(long eventId, long id, short shard) implements Comparable<Counter> {
        @Override
        public int compareTo(Counter o) {
            int c = Long.compare(eventId, o.eventId);
            c = c != 0 ? c : Long.compare(id, o.id);
            return c != 0 ? c : Short.compare(shard, o.shard);
        }
    }

    /** A denial-count row. */
    record Denial(long eventId, String reason, short shard) implements Comparable<Denial> {
        @Override
        public int compareTo(Denial o) {
            int c = Long.compare(eventId, o.eventId);
            c = c != 0 ? c : reason.compareTo(o.reason);
            return c != 0 ? c : Short.compare(shard, o.shard);
        }
    }

    static void seen(Connection c, Collection<Long> devices, Instant now) throws SQLException {
        if (devices.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("update scanner_device set last_seen_at = ? where id = any (?)")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setArray(2, c.createArrayOf("bigint", devices.toArray()));
            s.executeUpdate();
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
