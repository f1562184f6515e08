package tn.entrix.gate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import tn.entrix.blacklist.Bans;

/**
 * The scan path's SQL, on the connection of the scan's transaction. Plain JDBC on purpose: a scan is a handful of
 * fixed statements that must take a millisecond, and the benchmark's plain-JDBC loop runs exactly these. Every write
 * of a decision is one statement (writable CTEs): presence, live counters and the log row in one round trip.
 */
public final class GateStore {

    /** Live counters are spread over this many rows per key so concurrent scans do not queue on one. */
    public static final int SHARDS = 8;

    private GateStore() {
    }

    /** Every scan's log row; a nonce already taken inserts nothing and returns no id. */
    public static final String LOG = "insert into scan (device_id, steward, access_point_id, event_id, "
            + "access_right_id, direction, nonce, scanned_at, received_at, decision, reason, supervisor, offline, "
            + "conflict) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (device_id, nonce) do nothing "
            + "returning id";

    /** What both lock statements read after the right's own columns, and where from. */
    private static final String HOLDER_ZONES_BANNED = "coalesce(u.display_name, u.username), s.reference, "
            + "array(select zone_id from access_right_zone z where z.access_right_id = r.id), " + Bans.BANNED
            + " from access_right r join app_user u on u.id = r.user_id join event e on e.id = r.event_id "
            + "left join seat s on s.id = r.seat_id";

    /**
     * The right under its row lock: concurrent scans of one code queue here (check-and-admit). Where its holder is
     * comes from {@link #PRESENCE}, a statement of its own on purpose: in READ COMMITTED a {@code FOR UPDATE} that
     * waited re-reads the locked row only, not the rows joined to it, so presence joined here would be the one
     * before the scan we waited for, and a code shown at two gates at once would get in twice. Whether a ban keeps
     * the holder out at the scan's time ({@link Bans#BANNED}) comes in the same round trip.
     * Parameters: the code's SHA-256, the scan's time twice, the right.
     */
    public static final String LOCK_RIGHT = "select r.user_id, r.event_id, r.zone_id, r.status, r.valid_from, "
            + "r.valid_until, r.token_sha256 = ?, " + HOLDER_ZONES_BANNED + " where r.id = ? for update of r";

    /**
     * {@link #LOCK_RIGHT} for a batch of scans ({@link ScanBatchService}): the rights locked in id order (two batches
     * never wait on each other in a cycle), each with its id and code hash (compared in Java, per scan). Parameters:
     * the scan time twice, the rights.
     */
    public static final String LOCK_RIGHTS = "select r.id, r.user_id, r.event_id, r.zone_id, r.status, r.valid_from, "
            + "r.valid_until, r.token_sha256, " + HOLDER_ZONES_BANNED + " where r.id = any (?) order by r.id "
            + "for update of r";

    /** Where the holder is, read after the lock (a fresh snapshot: it sees the scans that held the lock before). */
    public static final String PRESENCE = "select inside, entries, last_entry_at, last_entry_point_id "
            + "from access_presence where access_right_id = ?";

    /**
     * Both in one round trip: PostgreSQL runs them in order in the scan's transaction, the second with a snapshot
     * taken after the first got the lock. Parameters: those of {@link #LOCK_RIGHT}, then the right again.
     */
    public static final String LOCK_RIGHT_THEN_PRESENCE = LOCK_RIGHT + "; " + PRESENCE;

    /** The right under its row lock, with its holder's presence read after the lock, or null when there is none. */
    static RightState lockRight(Connection c, long rightId, byte[] tokenSha256, Instant at) throws SQLException {
        long userId;
        long eventId;
        long zoneId;
        String status;
        Instant validFrom;
        Instant validUntil;
        boolean current;
        String holder;
        String seat;
        boolean banned;
        Set<Long> zones;
        boolean inside = false;
        int entries = 0;
        Instant lastEntryAt = null;
        Long lastEntryPoint = null;
        try (PreparedStatement s = c.prepareStatement(LOCK_RIGHT_THEN_PRESENCE)) {
            s.setBytes(1, tokenSha256);
            s.setTimestamp(2, Timestamp.from(at));
            s.setTimestamp(3, Timestamp.from(at));
            s.setLong(4, rightId);
            s.setLong(5, rightId);
            s.execute();
            try (ResultSet rs = s.getResultSet()) {
                if (!rs.next()) {
                    return null;
                }
                userId = rs.getLong(1);
                eventId = rs.getLong(2);
                zoneId = rs.getLong(3);
                status = rs.getString(4);
                validFrom = instant(rs.getTimestamp(5));
                validUntil = instant(rs.getTimestamp(6));
                current = rs.getBoolean(7);
                holder = rs.getString(8);
                seat = rs.getString(9);
                zones = zonesOf(zoneId, rs.getArray(10));
                banned = rs.getBoolean(11);
            }
            s.getMoreResults();
            try (ResultSet rs = s.getResultSet()) {
                if (rs.next()) {
                    inside = rs.getBoolean(1);
                    entries = rs.getInt(2);
                    lastEntryAt = instant(rs.getTimestamp(3));
                    long point = rs.getLong(4);
                    lastEntryPoint = rs.wasNull() ? null : point;
                }
            }
        }
        return new RightState(rightId, userId, eventId, zoneId, zones, status, validFrom, validUntil,
                current, holder, seat, inside, entries, lastEntryAt, lastEntryPoint, banned);
    }

    /** A right's zones: its own and those of {@code access_right_zone} (the lock statements' array column). */
    static Set<Long> zonesOf(long zoneId, Array more) throws SQLException {
        Set<Long> zones = new HashSet<>();
        zones.add(zoneId);
        for (Object zone : (Object[]) more.getArray()) {
            zones.add(((Number) zone).longValue());
        }
        return Set.copyOf(zones);
    }

    /** Which of these groups the user is in (derby segregation). */
    static Set<Long> groupsOf(Connection c, long userId, Set<Long> groups) throws SQLException {
        Set<Long> in = new HashSet<>();
        if (groups.isEmpty()) {
            return in;
        }
        try (PreparedStatement s = c.prepareStatement(
                "select group_id from group_member where user_id = ? and group_id = any (?)")) {
            s.setLong(1, userId);
            s.setArray(2, c.createArrayOf("bigint", groups.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    in.add(rs.getLong(1));
                }
            }
        }
        return in;
    }

    /** People inside a zone now (entries minus exits over its counter shards). */
    public static final String INSIDE = "select coalesce(sum(entries - exits), 0) from zone_occupancy "
            + "where event_id = ? and zone_id = ?";

    static long inside(Connection c, long eventId, long zoneId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSIDE)) {
            s.setLong(1, eventId);
            s.setLong(2, zoneId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static final String ENTER = "with presence as ("
            + "insert into access_presence (access_right_id, event_id, inside, entries, exits, first_entry_at, "
            + "last_entry_at, last_entry_point_id) values (?, ?, true, 1, 0, ?, ?, ?) "
            + "on conflict (access_right_id) do update set inside = true, entries = access_presence.entries + 1, "
            + "last_entry_at = excluded.last_entry_at, last_entry_point_id = excluded.last_entry_point_id), "
            + "used as (update access_right set status = 'USED', updated_at = ?, version = version + 1 "
            + "where id = ? and status = 'VALID'), "
            + "zone as (insert into zone_occupancy (event_id, zone_id, shard, entries) values (?, ?, ?, 1) "
            + "on conflict (event_id, zone_id, shard) do update set entries = zone_occupancy.entries + 1), "
            + "gate as (insert into gate_traffic (event_id, access_point_id, shard, entries) values (?, ?, ?, 1) "
            + "on conflict (event_id, access_point_id, shard) do update set entries = gate_traffic.entries + 1) "
            + LOG;

    public static final String EXIT = "with presence as (update access_presence set inside = false, exits = exits + 1, "
            + "last_exit_at = ?, last_exit_point_id = ? where access_right_id = ?), "
            + "zone as (insert into zone_occupancy (event_id, zone_id, shard, exits) values (?, ?, ?, 1) "
            + "on conflict (event_id, zone_id, shard) do update set exits = zone_occupancy.exits + 1), "
            + "gate as (insert into gate_traffic (event_id, access_point_id, shard, exits) values (?, ?, ?, 1) "
            + "on conflict (event_id, access_point_id, shard) do update set exits = gate_traffic.exits + 1) "
            + LOG;

    public static final String DENY = "with denial as (insert into denial_count (event_id, reason, shard, count) "
            + "select ?, ?, ?, 1 where ?::bigint is not null "
            + "on conflict (event_id, reason, shard) do update set count = denial_count.count + 1), "
            + "gate as (insert into gate_traffic (event_id, access_point_id, shard, denied) "
            + "select ?, ?, ?, 1 where ?::bigint is not null "
            + "on conflict (event_id, access_point_id, shard) do update set denied = gate_traffic.denied + 1) "
            + LOG;

    /** The log row's values, in the order of {@link #LOG}. */
    record LogRow(long deviceId, String steward, long accessPointId, Long eventId, Long rightId, Direction direction,
                  String nonce, Instant scannedAt, Instant receivedAt, String decision, ScanReason reason,
                  boolean supervisor, boolean offline, String conflict) {
    }

    /** Admits an entry: presence, USED on the first one, zone and gate counters, the log row. */
    static Long enter(Connection c, RightState right, long pointId, Instant at, Instant now, LogRow log)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ENTER)) {
            int i = 1;
            s.setLong(i++, right.id());
            s.setLong(i++, right.eventId());
            s.setTimestamp(i++, Timestamp.from(at));
            s.setTimestamp(i++, Timestamp.from(at));
            s.setLong(i++, pointId);
            s.setTimestamp(i++, Timestamp.from(now));
            s.setLong(i++, right.id());
            s.setLong(i++, right.eventId());
            s.setLong(i++, right.zoneId());
            s.setShort(i++, shard(right.id()));
            s.setLong(i++, right.eventId());
            s.setLong(i++, pointId);
            s.setShort(i++, shard(right.id()));
            return log(s, i, log);
        }
    }

    static Long exit(Connection c, RightState right, long pointId, Instant at, LogRow log) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(EXIT)) {
            int i = 1;
            s.setTimestamp(i++, Timestamp.from(at));
            s.setLong(i++, pointId);
            s.setLong(i++, right.id());
            s.setLong(i++, right.eventId());
            s.setLong(i++, right.zoneId());
            s.setShort(i++, shard(right.id()));
            s.setLong(i++, right.eventId());
            s.setLong(i++, pointId);
            s.setShort(i++, shard(right.id()));
            return log(s, i, log);
        }
    }

    /** A denial: counted per reason and per gate (when the event is known), and logged. */
    static Long deny(Connection c, long pointId, LogRow log, long shardKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DENY)) {
            int i = 1;
            setLong(s, i++, log.eventId());
            s.setString(i++, log.reason().name());
            s.setShort(i++, shard(shardKey));
            setLong(s, i++, log.eventId());
            setLong(s, i++, log.eventId());
            s.setLong(i++, pointId);
            s.setShort(i++, shard(shardKey));
            setLong(s, i++, log.eventId());
            return log(s, i, log);
        }
    }

    /** Only the log row (an offline denial, an offline admission of a code that names no right). */
    static Long record(Connection c, LogRow log) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LOG)) {
            return log(s, 1, log);
        }
    }

    private static Long log(PreparedStatement s, int i, LogRow log) throws SQLException {
        s.setLong(i++, log.deviceId());
        s.setString(i++, log.steward());
        s.setLong(i++, log.accessPointId());
        setLong(s, i++, log.eventId());
        setLong(s, i++, log.rightId());
        s.setString(i++, log.direction().name());
        s.setString(i++, log.nonce());
        s.setTimestamp(i++, Timestamp.from(log.scannedAt()));
        s.setTimestamp(i++, Timestamp.from(log.receivedAt()));
        s.setString(i++, log.decision());
        s.setString(i++, log.reason().name());
        s.setBoolean(i++, log.supervisor());
        s.setBoolean(i++, log.offline());
        s.setString(i, log.conflict());
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null; // null: the nonce was taken (a retry): the first decision stands
        }
    }

    /** The first decision of a nonce, for a retry. */
    static ScanDecision replay(Connection c, long deviceId, String nonce) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select sc.id, sc.decision, sc.reason, sc.supervisor, "
                + "sc.access_right_id, sc.event_id, coalesce(u.display_name, u.username), st.reference, sc.conflict "
                + "from scan sc left join access_right r on r.id = sc.access_right_id "
                + "left join app_user u on u.id = r.user_id left join seat st on st.id = r.seat_id "
                + "where sc.device_id = ? and sc.nonce = ?")) {
            s.setLong(1, deviceId);
            s.setString(2, nonce);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long right = rs.getLong(5);
                Long rightId = rs.wasNull() ? null : right;
                long event = rs.getLong(6);
                Long eventId = rs.wasNull() ? null : event;
                return new ScanDecision(rs.getLong(1), nonce, rs.getString(2), ScanReason.valueOf(rs.getString(3)),
                        rs.getBoolean(4), true, rightId, eventId, rs.getString(7), null, rs.getString(8), null, null,
                        null, rs.getString(9));
            }
        }
    }

    static short shard(long key) {
        return (short) Math.floorMod(key, SHARDS);
    }

    private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, java.sql.Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
