package tn.entrix.venue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.Json;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.platform.Page;
import tn.entrix.platform.Versions;

/** Venues: create, describe, list, delete when nothing depends on them. */
@Stateless
public class VenueService {

    static final String ENTITY = "Venue";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    VenueRepository repository;

    public VenueView create(VenueRequest request) {
        String slug = request.slug() == null || request.slug().isBlank() ? Slugs.of(request.name()) : request.slug();
        requireFreeSlug(slug, null);
        Venue venue = new Venue(slug, clock.instant());
        describe(venue, request);
        em.persist(venue);
        em.flush();
        audit.record("VENUE_CREATED", ENTITY, venue.getId(), Severity.LOW, venue.getName());
        return VenueView.of(venue, 0);
    }

    public VenueView update(long id, VenueRequest request) {
        Venue venue = get(id);
        Versions.check(ENTITY, id, request.version(), venue.getVersion());
        if (request.slug() != null && !request.slug().isBlank() && !request.slug().equals(venue.getSlug())) {
            requireFreeSlug(request.slug(), id);
            venue.renameSlug(request.slug());
        }
        int largest = largestMappingCapacity(id);
        if (request.maxCapacity() < largest) {
            throw RuleViolationException.field("VENUE_CAPACITY_BELOW_MAPPING", "maxCapacity",
                    "A mapping of this venue already holds " + largest + " places");
        }
        describe(venue, request);
        em.flush();
        audit.record("VENUE_UPDATED", ENTITY, id, Severity.LOW, venue.getName());
        return VenueView.of(venue, mappingCount(id));
    }

    /** Refused with 409 while the venue has mappings: configurations are deleted one by one, knowingly. */
    public void delete(long id) {
        Venue venue = get(id);
        long mappings = mappingCount(id);
        if (mappings > 0) {
            throw new ConflictException("VENUE_IN_USE", "Venue " + id + " still has " + mappings
                    + " mapping(s); delete them first", Map.of("mappings", mappings));
        }
        em.remove(venue);
        audit.record("VENUE_DELETED", ENTITY, id, Severity.MEDIUM, venue.getName());
    }

    public VenueView find(long id) {
        return VenueView.of(get(id), mappingCount(id));
    }

    public Optional<VenueView> findBySlug(String slug) {
        return em.createQuery("select v from Venue v where v.slug = :slug", Venue.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .map(v -> VenueView.of(v, mappingCount(v.getId())));
    }

    /** Venues by name, optionally filtered by a case-insensitive text on name or city. */
    public Page<VenueView> list(String text, int page, int size) {
        String filter = text == null || text.isBlank() ? "%" : "%" + text.toLowerCase() + "%";
        List<Venue> venues = em.createQuery("select v from Venue v where lower(v.name) like :f or lower(v.city) like :f "
                        + "order by v.name, v.id", Venue.class)
                .setParameter("f", filter).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(v) from Venue v where lower(v.name) like :f or lower(v.city) like :f",
                Long.class).setParameter("f", filter).getSingleResult();
        Map<Long, Long> counts = mappingCounts(venues.stream().map(Venue::getId).toList());
        return new Page<>(venues.stream().map(v -> VenueView.of(v, counts.getOrDefault(v.getId(), 0L))).toList(),
                page, size, total);
    }

    private Venue get(long id) {
        return repository.venue(id);
    }

    private void describe(Venue venue, VenueRequest r) {
        venue.describe(r.name().strip(), r.address(), r.city().strip(), r.latitude(), r.longitude(), r.maxCapacity(),
                Json.text(r.media(), "[]"), Json.text(r.metadata(), "{}"), clock.instant());
    }

    private void requireFreeSlug(String slug, Long exceptId) {
        boolean taken = !em.createQuery("select v.id from Venue v where v.slug = :slug and (:id is null or v.id <> :id)",
                Long.class).setParameter("slug", slug).setParameter("id", exceptId).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("VENUE_SLUG_TAKEN", "Another venue already uses the slug '" + slug + "'",
                    Map.of("field", "slug"));
        }
    }

    private long mappingCount(long venueId) {
        return em.createQuery("select count(m) from Mapping m where m.venue.id = :id", Long.class)
                .setParameter("id", venueId).getSingleResult();
    }

    private int largestMappingCapacity(long venueId) {
        Integer max = em.createQuery("select max(m.effectiveCapacity) from Mapping m where m.venue.id = :id",
                Integer.class).setParameter("id", venueId).getSingleResult();
        return max == null ? 0 : max;
    }

    private Map<Long, Long> mappingCounts(List<Long> venueIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!venueIds.isEmpty()) {
            em.createQuery("select m.venue.id, count(m) from Mapping m where m.venue.id in :ids group by m.venue.id",
                            Object[].class).setParameter("ids", venueIds).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }
}
