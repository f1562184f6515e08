package tn.entrix.gate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tn.entrix.platform.NotFoundException;

/**
 * The live page's figures (authorities and staff). Reads the counters the scans keep — a few rows per zone and
 * gate — and the last minutes of the log for the entry rates; never recounts the whole log.
 */
@Stateless
public class OccupancyService {

    /** How many minutes of entry rate each gate shows. */
    public static final int RATE_MINUTES = 10;

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    EventGates eventGates;

    @Inject
    GateMap gateMap;

    @Inject
    Clock clock;

    public OccupancyView live(long eventId) {
        EventGates.EventGate event = eventGates.event(eventId);
        if (event == null) {
            throw new NotFoundException("Event", eventId);
        }
        Instant now = clock.instant();
        GateMap.Mapping mapping = gateMap.mapping(event.mappingId());
        Map<Long, long[]> zoneCounts = new HashMap<>();
        for (Object row : em.createNativeQuery("select zone_id, sum(entries), sum(exits) from zone_occupancy "
                + "where event_id = :e group by zone_id").setParameter("e", eventId).getResultList()) {
            Object[] r = (Object[]) row;
            zoneCounts.put(n(r[0]), new long[]{n(r[1]), n(r[2])});
        }
        Map<Long, Long> parents = mapping.parents();
        Map<Long, long[]> rolled = new HashMap<>();
        zoneCounts.forEach((zone, counts) -> {
            for (Long z = zone; z != null; z = parents.get(z)) {
                long[] sum = rolled.computeIfAbsent(z, k -> new long[2]);
                sum[0] += counts[0];
                sum[1] += counts[1];
            }
        });
        int alertPercent = event.policy().alertPercent();
        List<OccupancyView.ZoneFigures> zones = new ArrayList<>();
        List<OccupancyView.Alert> alerts = new ArrayList<>();
        for (GateMap.Zone zone : mapping.zones().values()) {
            long[] c = rolled.getOrDefault(zone.id(), new long[2]);
            long inside = c[0] - c[1];
            if (zone.capacity() == 0 && c[0] == 0) {
                continue;
            }
            int percent = zone.capacity() == 0 ? 0 : (int) (inside * 100 / zone.capacity());
            boolean alert = zone.capacity() > 0 && inside * 100 >= (long) zone.capacity() * alertPercent;
            zones.add(new OccupancyView.ZoneFigures(zone.id(), parents.get(zone.id()), zone.code(), zone.name(),
                    zone.capacity(), c[0], c[1], inside, percent, alert));
            if (alert) {
                alerts.add(new OccupancyView.Alert(zone.id(), zone.name(), inside, zone.capacity(), percent));
            }
        }
        zones.sort(Comparator.comparing(OccupancyView.ZoneFigures::code));
        Map<Long, long[]> gateCounts = new HashMap<>();
        for (Object row : em.createNativeQuery("select access_point_id, sum(entries), sum(exits), sum(denied) "
                + "from gate_traffic where event_id = :e group by access_point_id").setParameter("e", eventId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            gateCounts.put(n(r[0]), new long[]{n(r[1]), n(r[2]), n(r[3])});
        }
        Map<Long, long[]> rates = new HashMap<>();
        for (Object row : em.createNativeQuery("select access_point_id, "
                        + "floor(extract(epoch from (cast(:now as timestamptz) - received_at)) / 60), count(*) "
                        + "from scan where event_id = :e and received_at > cast(:since as timestamptz) "
                        + "and decision = 'ADMITTED' and direction = 'ENTRY' group by 1, 2")
                .setParameter("e", eventId).setParameter("now", now)
                .setParameter("since", now.minusSeconds(60L * RATE_MINUTES)).getResultList()) {
            Object[] r = (Object[]) row;
            int minute = (int) n(r[1]);
            if (minute >= 0 && minute < RATE_MINUTES) {
                rates.computeIfAbsent(n(r[0]), k -> new long[RATE_MINUTES])[minute] += n(r[2]);
            }
        }
        List<OccupancyView.GateFigures> gates = new ArrayList<>();
        for (GateMap.Point p : mapping.points().values()) {
            long[] c = gateCounts.getOrDefault(p.id(), new long[3]);
            long[] rate = rates.getOrDefault(p.id(), new long[RATE_MINUTES]);
            List<Long> perMinute = new ArrayList<>();
            for (long v : rate) {
                perMinute.add(v);
            }
            gates.add(new OccupancyView.GateFigures(p.id(), p.code(), p.name(), p.kind(), c[0], c[1], c[2],
                    perMinute));
        }
        gates.sort(Comparator.comparing(OccupancyView.GateFigures::code));
        Map<String, Long> denials = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select reason, sum(count) from denial_count where event_id = :e "
                + "group by reason order by 2 desc, 1").setParameter("e", eventId).getResultList()) {
            Object[] r = (Object[]) row;
            denials.put((String) r[0], n(r[1]));
        }
        long conflicts = n(em.createNativeQuery("select count(*) from scan where event_id = :e and conflict is not null")
                .setParameter("e", eventId).getSingleResult());
        long entries = gates.stream().mapToLong(OccupancyView.GateFigures::entries).sum();
        long exits = gates.stream().mapToLong(OccupancyView.GateFigures::exits).sum();
        long denied = denials.values().stream().mapToLong(Long::longValue).sum();
        return new OccupancyView(eventId, event.name(), now, entries - exits, entries, exits, denied, conflicts,
                alertPercent, zones, gates, denials, alerts);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
