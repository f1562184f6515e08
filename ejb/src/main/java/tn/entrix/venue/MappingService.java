package tn.entrix.venue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.Json;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.platform.Versions;

/**
 * Mappings of a venue: create, rename, delete, list. Their capacity is derived from their zones
 * ({@link VenueRepository#rollUpCapacity}).
 */
@Stateless
public class MappingService {

    static final String ENTITY = "Mapping";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    VenueRepository repository;

    public MappingView create(long venueId, MappingRequest request) {
        Venue venue = repository.venue(venueId);
        Mapping mapping = new Mapping(venue);
        describe(mapping, request);
        em.persist(mapping);
        em.flush();
        audit.record("MAPPING_CREATED", ENTITY, mapping.getId(), Severity.LOW, venue.getName() + " / " + mapping.getName());
        return repository.view(mapping);
    }

    public MappingView update(long id, MappingRequest request) {
        Mapping mapping = repository.mapping(id);
        Versions.check(ENTITY, id, request.version(), mapping.getVersion());
        describe(mapping, request);
        em.flush();
        audit.record("MAPPING_UPDATED", ENTITY, id, Severity.LOW, mapping.getName());
        return repository.view(mapping);
    }

    /**
     * Deletes the mapping with its zones, seats and gates (the database cascades); refused while an event uses it
     * (the event table's foreign key would refuse it too; this says so clearly).
     */
    public void delete(long id) {
        Mapping mapping = repository.lockMapping(id);
        Number events = (Number) em.createNativeQuery("select count(*) from event where mapping_id = ?")
                .setParameter(1, id).getSingleResult();
        if (events.longValue() > 0) {
            throw new tn.entrix.platform.ConflictException("MAPPING_IN_USE", "Mapping " + id + " is used by "
                    + events + " event(s)", Map.of("events", events.longValue()));
        }
        audit.record("MAPPING_DELETED", ENTITY, id, Severity.MEDIUM, mapping.getName());
        em.remove(mapping);
    }

    public MappingView find(long id) {
        return repository.view(repository.mapping(id));
    }

    public List<MappingView> listOfVenue(long venueId) {
        repository.venue(venueId);
        return em.createQuery("select m from Mapping m where m.venue.id = :id order by m.name, m.id", Mapping.class)
                .setParameter("id", venueId).getResultList().stream().map(repository::view).toList();
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
