package tn.entrix.gate;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * What the scan path needs to know of an event, in memory: its mapping and status, its gate policy and its derby
 * segregation rules. Reloaded after {@link #TTL} (a cancellation also revokes every right, which the scan reads
 * under lock, so the short staleness never admits a revoked code) and at once when the policy is changed here.
 */
@ApplicationScoped
public class EventGates {

    static final Duration TTL = Duration.ofSeconds(5);

    /** A supporter group's segregation: its members only through these gates, only into these zones (and below). */
    public record Segregation(long id, long groupId, String name, Set<Long> zones, Set<Long> gates) {
    }

    public record EventGate(long id, String name, long mappingId, String status, Instant startsAt, GatePolicy policy,
                            List<Segregation> segregations, Set<Long> reservedGates, long loadedAtNanos) {

        public Set<Long> segregatedGroups() {
            Set<Long> groups = new HashSet<>();
            segregations.forEach(s -> groups.add(s.groupId()));
            return groups;
        }
    }

    @Resource(lookup = "jdbc/entrix")
    DataSource dataSource;

    @Inject
    GateMap gateMap;

    private final Map<Long, EventGate> events = new ConcurrentHashMap<>();

    /** The event, or null when it does not exist. */
    public EventGate event(long eventId) {
        EventGate e = events.get(eventId);
        if (e == null || System.nanoTime() - e.loadedAtNanos() > TTL.toNanos()) {
            e = load(eventId);
            if (e == null) {
                return null;
            }
            events.put(eventId, e);
        }
        return e;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GatePolicyChanged changed) {
        events.remove(changed.eventId());
    }

    private EventGate load(long eventId) {
        try (Connection c = dataSource.getConnection()) {
            String name;
            long mappingId;
            String status;
            Instant startsAt;
            GatePolicy policy;
            try (PreparedStatement s = c.prepareStatement("select e.name, e.mapping_id, e.status, p.reentry, "
                    + "p.alert_percent, p.enforce_zone_capacity, e.starts_at from event e left join gate_policy p "
                    + "on p.event_id = e.id where e.id = ?")) {
                s.setLong(1, eventId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    name = rs.getString(1);
                    mappingId = rs.getLong(2);
                    status = rs.getString(3);
                    startsAt = rs.getTimestamp(7).toInstant();
                    policy = rs.getString(4) == null ? GatePolicy.DEFAULT
                            : new GatePolicy(Reentry.valueOf(rs.getString(4)), rs.getInt(5), rs.getBoolean(6));
                }
            }
            GateMap.Mapping mapping = gateMap.mapping(mappingId);
            Map<Long, long[]> heads = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            Map<Long, Set<Long>> zones = new HashMap<>();
            Map<Long, Set<Long>> gates = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select r.id, r.group_id, r.name, z.zone_id, null "
                    + "from segregation_rule r left join segregation_rule_zone z on z.rule_id = r.id where r.event_id = ? "
                    + "union all select r.id, r.group_id, r.name, null, a.access_point_id from segregation_rule r "
                    + "join segregation_rule_access_point a on a.rule_id = r.id where r.event_id = ?")) {
                s.setLong(1, eventId);
                s.setLong(2, eventId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long rule = rs.getLong(1);
                        heads.putIfAbsent(rule, new long[]{rs.getLong(2)});
                        names.putIfAbsent(rule, rs.getString(3));
                        long zone = rs.getLong(4);
                        if (!rs.wasNull()) {
                            zones.computeIfAbsent(rule, k -> new HashSet<>()).addAll(mapping.subtree(zone));
                        }
                        long gate = rs.getLong(5);
                        if (!rs.wasNull()) {
                            gates.computeIfAbsent(rule, k -> new HashSet<>()).add(gate);
                        }
                    }
                }
            }
            List<Segregation> rules = new ArrayList<>();
            Set<Long> reserved = new HashSet<>();
            heads.forEach((rule, group) -> {
                Set<Long> g = gates.getOrDefault(rule, Set.of());
                rules.add(new Segregation(rule, group[0], names.get(rule), Set.copyOf(zones.getOrDefault(rule, Set.of())),
                        Set.copyOf(g)));
                reserved.addAll(g);
            });
            return new EventGate(eventId, name, mappingId, status, startsAt, policy, List.copyOf(rules), Set.copyOf(reserved),
                    System.nanoTime());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the gate policy of event " + eventId, e);
        }
    }
}
