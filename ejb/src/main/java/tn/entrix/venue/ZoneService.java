package tn.entrix.venue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.Json;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.platform.Versions;

/** The zone tree of a mapping. Every change rolls capacities up again. */
@Stateless
public class ZoneService {

    static final String ENTITY = "Zone";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    VenueRepository repository;

    public ZoneView create(long mappingId, ZoneRequest request) {
        Mapping mapping = repository.lockMapping(mappingId);
        Zone parent = request.parentId() == null ? null : repository.zoneOf(mapping, request.parentId());
        requireFreeCode(mapping, request.code(), null);
        Zone zone = new Zone(mapping, parent);
        describe(zone, request);
        em.persist(zone);
        repository.rollUpCapacity(mapping);
        audit.record("ZONE_CREATED", ENTITY, zone.getId(), Severity.LOW, mapping.getName() + " / " + zone.getCode());
        return view(zone, List.of());
    }

    public ZoneView update(long id, ZoneRequest request) {
        Zone zone = repository.zone(id);
        Mapping mapping = repository.lockMapping(zone.getMapping().getId());
        Versions.check(ENTITY, id, request.version(), zone.getVersion());
        if (!Objects.equals(request.parentId(), zone.getParentId())) {
            throw RuleViolationException.field("ZONE_PARENT_FIXED", "parentId",
                    "A zone cannot move in the tree; create it again under its new parent");
        }
        requireFreeCode(mapping, request.code(), id);
        describe(zone, request);
        repository.rollUpCapacity(mapping);
        audit.record("ZONE_UPDATED", ENTITY, id, Severity.LOW, zone.getCode());
        return view(zone, List.of());
    }

    /** Deletes the zone with its sub-zones and seats. */
    public void delete(long id) {
        Zone zone = repository.zone(id);
        Mapping mapping = repository.lockMapping(zone.getMapping().getId());
        audit.record("ZONE_DELETED", ENTITY, id, Severity.MEDIUM, zone.getCode());
        em.flush();
        // the database cascades to sub-zones, seats and gate links; the persistence context is then stale
        em.createNativeQuery("delete from venue_zone where id = ?").setParameter(1, id).executeUpdate();
        em.clear();
        repository.rollUpCapacity(repository.lockMapping(mapping.getId()));
    }

    public ZoneView find(long id) {
        return view(repository.zone(id), List.of());
    }

    /** The whole tree of a mapping, roots first, children ordered by sort order then code. */
    public List<ZoneView> tree(long mappingId) {
        repository.mapping(mappingId);
        List<Zone> zones = em.createQuery("select z from Zone z where z.mapping.id = :id", Zone.class)
                .setParameter("id", mappingId).getResultList();
        Map<Long, List<Zone>> children = new HashMap<>();
        List<Zone> roots = new ArrayList<>();
        for (Zone zone : zones) {
            if (zone.getParentId() == null) {
                roots.add(zone);
            } else {
                children.computeIfAbsent(zone.getParentId(), k -> new ArrayList<>()).add(zone);
            }
        }
        return build(roots, children);
    }

    private List<ZoneView> build(List<Zone> level, Map<Long, List<Zone>> children) {
        return level.stream()
                .sorted(Comparator.comparingInt(Zone::getSortOrder).thenComparing(Zone::getCode))
                .map(z -> view(z, build(children.getOrDefault(z.getId(), List.of()), children)))
                .toList();
    }

    private void describe(Zone zone, ZoneRequest r) {
        zone.describe(r.code(), r.name().strip(), r.kind(), r.seating(), r.capacity() == null ? 0 : r.capacity(),
                r.sortOrder() == null ? 0 : r.sortOrder(), Json.text(r.metadata(), "{}"));
    }

    private void requireFreeCode(Mapping mapping, String code, Long exceptId) {
        boolean taken = !em.createQuery("select z.id from Zone z where z.mapping = :m and z.code = :c "
                        + "and (:id is null or z.id <> :id)", Long.class)
                .setParameter("m", mapping).setParameter("c", code).setParameter("id", exceptId)
                .getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("ZONE_CODE_TAKEN", "The mapping already has a zone with code '" + code + "'",
                    Map.of("field", "code"));
        }
    }

    static ZoneView view(Zone z, List<ZoneView> children) {
        return new ZoneView(z.getId(), z.getMapping().getId(), z.getParentId(), z.getCode(), z.getName(), z.getKind(),
                z.getSeating(), z.getCapacity(), z.getSortOrder(), Json.object(z.getMetadata()), z.getVersion(),
                children);
    }
}
