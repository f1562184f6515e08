package tn.entrix.gate;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.RuleViolationException;

/**
 * An event's gate policy (re-entry, capacity alert and enforcement) and its derby segregation rules. Changes are
 * audited and reach the scan path as soon as they commit ({@link GatePolicyChanged}).
 */
@Stateless
public class GatePolicyService {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    Event<GatePolicyChanged> changed;

    public GatePolicy policy(long eventId) {
        mappingOf(eventId);
        List<?> rows = em.createNativeQuery("select reentry, alert_percent, enforce_zone_capacity from gate_policy "
                + "where event_id = :e").setParameter("e", eventId).getResultList();
        if (rows.isEmpty()) {
            return GatePolicy.DEFAULT;
        }
        Object[] row = (Object[]) rows.get(0);
        return new GatePolicy(Reentry.valueOf((String) row[0]), ((Number) row[1]).intValue(), (Boolean) row[2]);
    }

    public GatePolicy setPolicy(long eventId, GatePolicy policy) {
        mappingOf(eventId);
        em.createNativeQuery("insert into gate_policy (event_id, reentry, alert_percent, enforce_zone_capacity, "
                        + "updated_at) values (:e, :r, :a, :c, :t) on conflict (event_id) do update set "
                        + "reentry = excluded.reentry, alert_percent = excluded.alert_percent, "
                        + "enforce_zone_capacity = excluded.enforce_zone_capacity, updated_at = excluded.updated_at, "
                        + "version = gate_policy.version + 1")
                .setParameter("e", eventId).setParameter("r", policy.reentry().name())
                .setParameter("a", policy.alertPercent()).setParameter("c", policy.enforceZoneCapacity())
                .setParameter("t", clock.instant()).executeUpdate();
        audit.record("GATE_POLICY_SET", "event", eventId, Severity.MEDIUM, policy.toString());
        changed.fire(new GatePolicyChanged(eventId));
        return policy;
    }

    public List<SegregationView> segregations(long eventId) {
        mappingOf(eventId);
        List<SegregationView> views = new ArrayList<>();
        for (Object row : em.createNativeQuery("select r.id, r.group_id, g.name, r.name, "
                        + "array(select zone_id from segregation_rule_zone where rule_id = r.id order by zone_id), "
                        + "array(select access_point_id from segregation_rule_access_point where rule_id = r.id "
                        + "order by access_point_id) from segregation_rule r join user_group g on g.id = r.group_id "
                        + "where r.event_id = :e order by r.id")
                .setParameter("e", eventId).getResultList()) {
            Object[] r = (Object[]) row;
            views.add(new SegregationView(((Number) r[0]).longValue(), eventId, ((Number) r[1]).longValue(),
                    (String) r[2], (String) r[3], ids(r[4]), ids(r[5])));
        }
        return views;
    }

    /** Adds a rule for a supporter group (one per group and event). */
    public SegregationView addSegregation(long eventId, SegregationRequest request) {
        long mappingId = mappingOf(eventId);
        if (em.createNativeQuery("select 1 from user_group where id = :g").setParameter("g", request.groupId())
                .getResultList().isEmpty()) {
            throw RuleViolationException.field("GROUP_UNKNOWN", "groupId", "No group " + request.groupId());
        }
        check("venue_zone", request.zoneIds(), mappingId, "zoneIds");
        check("access_point", request.accessPointIds(), mappingId, "accessPointIds");
        if (!em.createNativeQuery("select 1 from segregation_rule where event_id = :e and group_id = :g")
                .setParameter("e", eventId).setParameter("g", request.groupId()).getResultList().isEmpty()) {
            throw new ConflictException("SEGREGATION_EXISTS", "This group already has a segregation rule for the event",
                    Map.of("groupId", request.groupId()));
        }
        long id = ((Number) em.createNativeQuery("select nextval('segregation_rule_seq')").getSingleResult())
                .longValue();
        em.createNativeQuery("insert into segregation_rule (id, event_id, group_id, name) values (:i, :e, :g, :n)")
                .setParameter("i", id).setParameter("e", eventId).setParameter("g", request.groupId())
                .setParameter("n", request.name().strip()).executeUpdate();
        for (long zone : request.zoneIds()) {
            em.createNativeQuery("insert into segregation_rule_zone (rule_id, zone_id) values (:r, :z)")
                    .setParameter("r", id).setParameter("z", zone).executeUpdate();
        }
        for (long point : request.accessPointIds()) {
            em.createNativeQuery("insert into segregation_rule_access_point (rule_id, access_point_id) values (:r, :p)")
                    .setParameter("r", id).setParameter("p", point).executeUpdate();
        }
        audit.record("SEGREGATION_ADDED", "event", eventId, Severity.HIGH, "rule=" + id + " group=" + request.groupId()
                + " zones=" + request.zoneIds() + " gates=" + request.accessPointIds());
        changed.fire(new GatePolicyChanged(eventId));
        return segregations(eventId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    public void removeSegregation(long eventId, long ruleId) {
        mappingOf(eventId);
        int removed = em.createNativeQuery("delete from segregation_rule where id = :r and event_id = :e")
                .setParameter("r", ruleId).setParameter("e", eventId).executeUpdate();
        if (removed == 0) {
            throw new NotFoundException("Segregation", ruleId);
        }
        audit.record("SEGREGATION_REMOVED", "event", eventId, Severity.HIGH, "rule=" + ruleId);
        changed.fire(new GatePolicyChanged(eventId));
    }

    /** The zones of the event's mapping (a stand, then its sectors), as choices for a segregation rule. */
    public List<Option> zonesOf(long eventId) {
        return options("select z.id, z.name || ' (' || z.code || ')' from venue_zone z join event e "
                + "on e.mapping_id = z.mapping_id where e.id = :e order by z.sort_order, z.code", eventId);
    }

    /** The entry points of the event's mapping, as choices for a segregation rule. */
    public List<Option> entryPointsOf(long eventId) {
        return options("select ap.id, ap.name || ' (' || ap.code || ')' from access_point ap join event e "
                + "on e.mapping_id = ap.mapping_id where e.id = :e and ap.kind <> 'EXIT' order by ap.code", eventId);
    }

    private List<Option> options(String sql, long eventId) {
        mappingOf(eventId);
        List<Option> options = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).setParameter("e", eventId).getResultList()) {
            Object[] r = (Object[]) row;
            options.add(new Option(((Number) r[0]).longValue(), (String) r[1]));
        }
        return options;
    }

    private void check(String table, java.util.Set<Long> ids, long mappingId, String field) {
        long found = ((Number) em.createNativeQuery("select count(*) from " + table
                        + " where id in (:ids) and mapping_id = :m")
                .setParameter("ids", List.copyOf(ids)).setParameter("m", mappingId).getSingleResult()).longValue();
        if (found != ids.size()) {
            throw RuleViolationException.field("NOT_IN_EVENT_MAPPING", field,
                    "Every " + field + " must belong to the event's venue mapping");
        }
    }

    private long mappingOf(long eventId) {
        List<?> rows = em.createNativeQuery("select mapping_id from event where id = :e").setParameter("e", eventId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Event", eventId);
        }
        return ((Number) rows.get(0)).longValue();
    }

    private static List<Long> ids(Object array) {
        List<Long> ids = new ArrayList<>();
        if (array instanceof Object[] values) {
            for (Object v : values) {
                ids.add(((Number) v).longValue());
            }
        } else if (array instanceof java.sql.Array sql) {
            try {
                for (Object v : (Object[]) sql.getArray()) {
                    ids.add(((Number) v).longValue());
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }
}
