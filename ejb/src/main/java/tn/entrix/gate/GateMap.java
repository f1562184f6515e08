package tn.entrix.gate;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * A venue mapping's zones and access points as the gate needs them, in memory: which zones each point serves (a
 * gate of a stand serves its sectors, so the served set includes every zone below), which entry gates serve a zone,
 * and zone capacities. Loaded per mapping on first use and again after {@link #TTL} (venue maps do not change during
 * a match; a change shows within a minute).
 */
@ApplicationScoped
public class GateMap {

    static final Duration TTL = Duration.ofSeconds(60);

    /** An access point: its kind (ENTRY, EXIT, BOTH) and every zone it serves, descendants included. */
    public record Point(long id, long mappingId, String code, String name, String kind, Set<Long> servedZones) {

        public String label() {
            return name + " (" + code + ")";
        }

        boolean enters() {
            return !"EXIT".equals(kind);
        }

        boolean exits() {
            return !"ENTRY".equals(kind);
        }
    }

    public record Zone(long id, String code, String name, int capacity) {
    }

    /** One mapping's gates and zones. */
    public record Mapping(long id, Map<Long, Point> points, Map<Long, Zone> zones, Map<Long, List<String>> entryGates,
                          Map<Long, List<Long>> children, long loadedAtNanos) {

        /** Each zone's parent (zones at the top have none), derived from the children lists. */
        public Map<Long, Long> parents() {
            Map<Long, Long> parents = new HashMap<>();
            children.forEach((parent, kids) -> kids.forEach(kid -> parents.put(kid, parent)));
            return parents;
        }

        /** The zone and every zone below it. */
        public Set<Long> subtree(long zoneId) {
            Set<Long> into = new HashSet<>();
            descend(zoneId, children, into);
            return into;
        }

        /** The entry gates serving a zone (names and codes), to send a fan at the wrong gate to the right one. */
        public List<String> entryGatesOf(long zoneId) {
            return entryGates.getOrDefault(zoneId, List.of());
        }
    }

    @Resource(lookup = "jdbc/entrix")
    DataSource dataSource;

    private final Map<Long, Mapping> mappings = new ConcurrentHashMap<>();
    private final Map<Long, Long> mappingOfPoint = new ConcurrentHashMap<>();

    /** The access point, or null when there is none. */
    public Point point(long accessPointId) {
        Long mappingId = mappingOfPoint.get(accessPointId);
        if (mappingId == null) {
            mappingId = query("select mapping_id from access_point where id = ?", accessPointId);
            if (mappingId == null) {
                return null;
            }
            mappingOfPoint.put(accessPointId, mappingId);
        }
        return mapping(mappingId).points().get(accessPointId);
    }

    public Mapping mapping(long mappingId) {
        Mapping m = mappings.get(mappingId);
        if (m == null || System.nanoTime() - m.loadedAtNanos() > TTL.toNanos()) {
            m = load(mappingId);
            mappings.put(mappingId, m);
        }
        return m;
    }

    private Mapping load(long mappingId) {
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Zone> zones = new HashMap<>();
            Map<Long, List<Long>> children = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select id, parent_id, code, name, capacity from venue_zone where mapping_id = ?")) {
                s.setLong(1, mappingId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        long parent = rs.getLong(2);
                        if (!rs.wasNull()) {
                            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
                        }
                        zones.put(id, new Zone(id, rs.getString(3), rs.getString(4), rs.getInt(5)));
                    }
                }
            }
            Map<Long, Point> points = new HashMap<>();
            Map<Long, Set<Long>> direct = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select ap.id, ap.code, ap.name, ap.kind, apz.zone_id from access_point ap "
                            + "left join access_point_zone apz on apz.access_point_id = ap.id where ap.mapping_id = ?")) {
                s.setLong(1, mappingId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        Set<Long> served = direct.computeIfAbsent(id, k -> new HashSet<>());
                        long zone = rs.getLong(5);
                        if (!rs.wasNull()) {
                            served.add(zone);
                        }
                        points.putIfAbsent(id, new Point(id, mappingId, rs.getString(2), rs.getString(3),
                                rs.getString(4), Set.of()));
                    }
                }
            }
            Map<Long, Set<String>> entryGates = new HashMap<>();
            Map<Long, Point> expanded = new HashMap<>();
            for (Point p : points.values()) {
                Set<Long> served = new HashSet<>();
                for (long zone : direct.get(p.id())) {
                    descend(zone, children, served);
                }
                Point full = new Point(p.id(), mappingId, p.code(), p.name(), p.kind(), Set.copyOf(served));
                expanded.put(p.id(), full);
                if (full.enters()) {
                    for (long zone : served) {
                        entryGates.computeIfAbsent(zone, k -> new TreeSet<>()).add(full.label());
                    }
                }
                mappingOfPoint.put(p.id(), mappingId);
            }
            Map<Long, List<String>> gates = new HashMap<>();
            entryGates.forEach((zone, labels) -> gates.put(zone, List.copyOf(labels)));
            Map<Long, List<Long>> tree = new HashMap<>();
            children.forEach((parent, kids) -> tree.put(parent, List.copyOf(kids)));
            return new Mapping(mappingId, Map.copyOf(expanded), Map.copyOf(zones), Map.copyOf(gates),
                    Map.copyOf(tree), System.nanoTime());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the gates of mapping " + mappingId, e);
        }
    }

    private static void descend(long zone, Map<Long, List<Long>> children, Set<Long> into) {
        if (into.add(zone)) {
            for (long child : children.getOrDefault(zone, List.of())) {
                descend(child, children, into);
            }
        }
    }

    private Long query(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
