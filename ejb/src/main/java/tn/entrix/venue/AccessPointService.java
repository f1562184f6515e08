package tn.entrix.venue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.Json;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.Versions;

/** Gates and turnstiles of a mapping, and the zones each serves. */
@Stateless
public class AccessPointService {

    static final String ENTITY = "AccessPoint";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    VenueRepository repository;

    public AccessPointView create(long mappingId, AccessPointRequest request) {
        Mapping mapping = repository.lockMapping(mappingId);
        requireFreeCode(mapping, request.code(), null);
        AccessPoint point = new AccessPoint(mapping);
        describe(point, mapping, request);
        em.persist(point);
        em.flush();
        audit.record("ACCESS_POINT_CREATED", ENTITY, point.getId(), Severity.LOW, point.getCode());
        return view(point);
    }

    public AccessPointView update(long id, AccessPointRequest request) {
        AccessPoint point = get(id);
        Mapping mapping = repository.lockMapping(point.getMapping().getId());
        Versions.check(ENTITY, id, request.version(), point.getVersion());
        requireFreeCode(mapping, request.code(), id);
        describe(point, mapping, request);
        em.flush();
        audit.record("ACCESS_POINT_UPDATED", ENTITY, id, Severity.LOW, point.getCode());
        return view(point);
    }

    public void delete(long id) {
        AccessPoint point = get(id);
        repository.lockMapping(point.getMapping().getId());
        audit.record("ACCESS_POINT_DELETED", ENTITY, id, Severity.MEDIUM, point.getCode());
        em.remove(point);
    }

    public AccessPointView find(long id) {
        return view(get(id));
    }

    public List<AccessPointView> listOfMapping(long mappingId) {
        repository.mapping(mappingId);
        return em.createQuery("select a from AccessPoint a where a.mapping.id = :id order by a.code", AccessPoint.class)
                .setParameter("id", mappingId).getResultStream().map(AccessPointService::view).toList();
    }

    private AccessPoint get(long id) {
        AccessPoint point = em.find(AccessPoint.class, id);
        if (point == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return point;
    }

    private void describe(AccessPoint point, Mapping mapping, AccessPointRequest r) {
        Set<Zone> served = new HashSet<>();
        for (Long zoneId : r.zoneIds() == null ? List.<Long>of() : r.zoneIds()) {
            served.add(repository.zoneOf(mapping, zoneId));
        }
        point.describe(r.code(), r.name().strip(), r.kind(), served, Json.text(r.metadata(), "{}"));
    }

    private void requireFreeCode(Mapping mapping, String code, Long exceptId) {
        boolean taken = !em.createQuery("select a.id from AccessPoint a where a.mapping = :m and a.code = :c "
                        + "and (:id is null or a.id <> :id)", Long.class)
                .setParameter("m", mapping).setParameter("c", code).setParameter("id", exceptId)
                .getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("ACCESS_POINT_CODE_TAKEN", "The mapping already has a gate with code '" + code
                    + "'", Map.of("field", "code"));
        }
    }

    static AccessPointView view(AccessPoint a) {
        List<Zone> served = a.getZones().stream().sorted(Comparator.comparing(Zone::getCode)).toList();
        return new AccessPointView(a.getId(), a.getMapping().getId(), a.getCode(), a.getName(), a.getKind(),
                served.stream().map(Zone::getId).toList(), served.stream().map(Zone::getCode).toList(),
                Json.object(a.getMetadata()), a.getVersion());
    }
}
