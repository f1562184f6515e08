package tn.entrix.event;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.platform.Versions;

/** Seasons, tournaments, festivals and their phases. */
@Stateless
public class EventGroupService {

    static final String ENTITY = "EventGroup";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    EventRepository repository;

    public EventGroupView create(EventGroupRequest r) {
        if (repository.groupByCode(r.code()) != null) {
            throw new ConflictException("EVENT_GROUP_CODE_TAKEN", "An event group already has the code '" + r.code()
                    + "'", Map.of("field", "code"));
        }
        checkDates(r);
        EventGroup parent = r.parentId() == null ? null : repository.group(r.parentId());
        EventGroup group = new EventGroup(r.code(), parent);
        group.describe(r.name().strip(), r.kind(), r.startsOn(), r.endsOn());
        em.persist(group);
        em.flush();
        audit.record("EVENT_GROUP_CREATED", ENTITY, group.getId(), Severity.LOW, group.getCode());
        return view(group);
    }

    /**
     * Describes the group anew, possibly under another parent (never under itself or one of its own sub-groups);
     * its code never changes.
     */
    public EventGroupView update(long id, EventGroupRequest r) {
        EventGroup group = repository.group(id);
        Versions.check(ENTITY, id, r.version(), group.getVersion());
        if (!r.code().equals(group.getCode())) {
            throw RuleViolationException.field("EVENT_GROUP_CODE_FIXED", "code", "A group's code never changes");
        }
        checkDates(r);
        EventGroup parent = r.parentId() == null ? null : repository.group(r.parentId());
        for (EventGroup above = parent; above != null; above = above.getParent()) {
            if (above.getId().equals(group.getId())) {
                throw RuleViolationException.field("EVENT_GROUP_CYCLE", "parentId",
                        "A group cannot be placed under itself or one of its sub-groups");
            }
        }
        group.moveUnder(parent);
        group.describe(r.name().strip(), r.kind(), r.startsOn(), r.endsOn());
        em.flush();
        audit.record("EVENT_GROUP_UPDATED", ENTITY, id, Severity.LOW, group.getCode());
        return view(group);
    }

    private static void checkDates(EventGroupRequest r) {
        if (r.startsOn() != null && r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            throw RuleViolationException.field("INVALID_DATES", "endsOn", "endsOn is before startsOn");
        }
    }

    public EventGroupView find(long id) {
        return view(repository.group(id));
    }

    /** The group with this code, if any. */
    public Optional<EventGroupView> findByCode(String code) {
        return Optional.ofNullable(repository.groupByCode(code)).map(this::view);
    }

    public List<EventGroupView> list() {
        return em.createQuery("select g from EventGroup g order by g.startsOn desc nulls last, g.code",
                EventGroup.class).getResultStream().map(this::view).toList();
    }

    private EventGroupView view(EventGroup g) {
        long events = em.createQuery("select count(e) from Event e where e.group = :g", Long.class)
                .setParameter("g", g).getSingleResult();
        return new EventGroupView(g.getId(), g.getParent() == null ? null : g.getParent().getId(), g.getCode(),
                g.getName(), g.getKind(), g.getStartsOn(), g.getEndsOn(), events, g.getVersion());
    }
}
