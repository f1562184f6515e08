package tn.entrix.venue;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tn.entrix.platform.Json;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.RuleViolationException;

/**
 * Lookups and the capacity roll-up that the venue services share. A plain CDI bean, not an EJB: it runs in the
 * calling service's transaction and may hand entities around inside the ejb module (EJB proxies only expose public
 * business methods, and entities never leave this module).
 */
@Dependent
class VenueRepository {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    Venue venue(long id) {
        return found(em.find(Venue.class, id), "Venue", id);
    }

    Mapping mapping(long id) {
        return found(em.find(Mapping.class, id), "Mapping", id);
    }

    /**
     * Takes the mapping's row lock for the rest of the transaction: every structural change of a mapping (zones,
     * seats, gates) goes through here first, so concurrent edits of one mapping queue up instead of rolling up
     * capacities from each other's half-done work.
     */
    Mapping lockMapping(long id) {
        return found(em.find(Mapping.class, id, LockModeType.PESSIMISTIC_WRITE), "Mapping", id);
    }

    Zone zone(long id) {
        return found(em.find(Zone.class, id), "Zone", id);
    }

    /** A zone that must belong to the given mapping (a gate or a child zone cannot point into another mapping). */
    Zone zoneOf(Mapping mapping, long zoneId) {
        Zone zone = em.find(Zone.class, zoneId);
        if (zone == null || !zone.getMapping().getId().equals(mapping.getId())) {
            throw new RuleViolationException("ZONE_NOT_IN_MAPPING", "Zone " + zoneId + " is not a zone of mapping "
                    + mapping.getId(), Map.of("zoneId", zoneId));
        }
        return zone;
    }

    /**
     * Recomputes every zone's capacity and the mapping's; refuses (and so rolls back the whole call) a mapping that
     * would hold more than its venue.
     */
    int rollUpCapacity(Mapping mapping) {
        em.flush();
        List<Zone> zones = em.createQuery("select z from Zone z where z.mapping = :m", Zone.class)
                .setParameter("m", mapping).getResultList();
        Map<Long, Long> seats = new HashMap<>();
        em.createQuery("select s.zone.id, count(s) from Seat s where s.mapping = :m and s.status <> :kill "
                        + "group by s.zone.id", Object[].class)
                .setParameter("m", mapping).setParameter("kill", SeatStatus.KILL).getResultList()
                .forEach(row -> seats.put((Long) row[0], (Long) row[1]));
        CapacityRollup.Result result = CapacityRollup.compute(zones.stream()
                .map(z -> new CapacityRollup.Node(z.getId(), z.getParentId(), z.getSeating(), z.getCapacity()))
                .toList(), seats);
        int max = mapping.getVenue().getMaxCapacity();
        if (result.total() > max) {
            throw new RuleViolationException("MAPPING_OVER_CAPACITY", "Mapping '" + mapping.getName() + "' would hold "
                    + result.total() + " places, above the venue's maximum of " + max,
                    Map.of("capacity", result.total(), "maxCapacity", max));
        }
        for (Zone zone : zones) {
            int capacity = result.capacities().getOrDefault(zone.getId(), 0);
            if (zone.getCapacity() != capacity) {
                zone.rolledUpCapacity(capacity);
            }
        }
        if (mapping.getEffectiveCapacity() != result.total()) {
            mapping.effectiveCapacity(result.total());
        }
        return result.total();
    }

    MappingView view(Mapping m) {
        long zones = count("select count(z) from Zone z where z.mapping.id = :id", m.getId());
        long seats = count("select count(s) from Seat s where s.mapping.id = :id", m.getId());
        long gates = count("select count(a) from AccessPoint a where a.mapping.id = :id", m.getId());
        Venue venue = m.getVenue();
        return new MappingView(m.getId(), venue.getId(), venue.getName(), m.getName(), m.getEffectiveCapacity(),
                venue.getMaxCapacity(), m.getValidFrom(), m.getValidUntil(), Json.object(m.getMetadata()), zones, seats,
                gates, m.getVersion());
    }

    private long count(String jpql, long mappingId) {
        return em.createQuery(jpql, Long.class).setParameter("id", mappingId).getSingleResult();
    }

    private static <T> T found(T entity, String name, Object id) {
        if (entity == null) {
            throw new NotFoundException(name, id);
        }
        return entity;
    }
}
