package tn.entrix.venue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.Json;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.RuleViolationException;

/**
 * Mappings of a venue and the one rule that spans all of a mapping: its capacity, rolled up from its zones, never
 * above the venue's max. Every structural change of a mapping (zones, seats, gates) first locks the mapping row, so
 * concurrent edits of one mapping queue up instead of computing capacities from each other's half-work.
 */
@Stateless
public class MappingService {

    static final String ENTITY = "Mapping";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    VenueService venues;

    public MappingView create(long venueId, MappingRequest request) {
        Venue venue = venues.get(venueId);
        Mapping mapping = new Mapping(venue);
        describe(mapping, request);
        em.persist(mapping);
        em.flush();
        audit.record("MAPPING_CREATED", ENTITY, mapping.getId(), Severity.LOW, venue.getName() + " / " + mapping.getName());
        return view(mapping);
    }

    public MappingView update(long id, MappingRequest request) {
        Mapping mapping = get(id);
        Versions.check(ENTITY, id, request.version(), mapping.getVersion());
        describe(mapping, request);
        em.flush();
        audit.record("MAPPING_UPDATED", ENTITY, id, Severity.LOW, mapping.getName());
        return view(mapping);
    }

    /** Deletes the mapping with its zones, seats and gates (the database cascades). */
    public void delete(long id) {
        Mapping mapping = lockForChange(id);
        audit.record("MAPPING_DELETED", ENTITY, id, Severity.MEDIUM, mapping.getName());
        em.remove(mapping);
    }

    public MappingView find(long id) {
        return view(get(id));
    }

    public List<MappingView> listOfVenue(long venueId) {
        venues.get(venueId);
        return em.createQuery("select m from Mapping m where m.venue.id = :id order by m.name, m.id", Mapping.class)
                .setParameter("id", venueId).getResultList().stream().map(this::view).toList();
    }

    Mapping get(long id) {
        Mapping mapping = em.find(Mapping.class, id);
        if (mapping == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return mapping;
    }

    /** Takes the mapping's row lock for the rest of the transaction. */
    Mapping lockForChange(long id) {
        Mapping mapping = em.find(Mapping.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mapping == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return mapping;
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

    private void describe(Mapping mapping, MappingRequest r) {
        if (r.validFrom() != null && r.validUntil() != null && r.validUntil().isBefore(r.validFrom())) {
            throw RuleViolationException.field("INVALID_VALIDITY", "validUntil", "validUntil is before validFrom");
        }
        requireFreeName(mapping, r.name().strip());
        mapping.describe(r.name().strip(), r.validFrom(), r.validUntil(), Json.text(r.metadata(), "{}"));
    }

    private void requireFreeName(Mapping mapping, String name) {
        boolean taken = !em.createQuery("select m.id from Mapping m where m.venue = :v and lower(m.name) = lower(:n) "
                        + "and (:id is null or m.id <> :id)", Long.class)
                .setParameter("v", mapping.getVenue()).setParameter("n", name).setParameter("id", mapping.getId())
                .getResultList().isEmpty();
        if (taken) {
            throw new tn.entrix.platform.ConflictException("MAPPING_NAME_TAKEN",
                    "The venue already has a mapping named '" + name + "'", Map.of("field", "name"));
        }
    }
}
