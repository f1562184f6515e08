package tn.entrix.event;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tn.entrix.platform.NotFoundException;
import tn.entrix.venue.Mapping;

/**
 * Lookups the event services share; a plain CDI bean running in the caller's transaction (EJB proxies expose only
 * public business methods, and entities stay inside the ejb module).
 */
@Dependent
class EventRepository {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    Participant participant(long id) {
        return found(em.find(Participant.class, id), "Participant", id);
    }

    Participant participantByCode(String code) {
        return em.createQuery("select p from Participant p where p.code = :c", Participant.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    ParticipantRelation relation(Participant a, Participant b, RelationKind kind) {
        Participant first = a.getId() < b.getId() ? a : b;
        Participant second = first == a ? b : a;
        return em.createQuery("select r from ParticipantRelation r where r.first = :f and r.second = :s "
                        + "and r.kind = :k", ParticipantRelation.class)
                .setParameter("f", first).setParameter("s", second).setParameter("k", kind)
                .getResultStream().findFirst().orElse(null);
    }

    /** The rivalry level between two participants (a rivalry without a level counts as 1), or null. */
    Integer rivalry(Participant a, Participant b) {
        ParticipantRelation r = relation(a, b, RelationKind.RIVALRY);
        return r == null ? null : r.getLevel() == null ? 1 : r.getLevel();
    }

    EventGroup group(long id) {
        return found(em.find(EventGroup.class, id), "EventGroup", id);
    }

    EventGroup groupByCode(String code) {
        return em.createQuery("select g from EventGroup g where g.code = :c", EventGroup.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    Event event(long id) {
        return found(em.find(Event.class, id), "Event", id);
    }

    Event eventByCode(String code) {
        return em.createQuery("select e from Event e where e.code = :c", Event.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    Mapping mapping(long id) {
        return found(em.find(Mapping.class, id), "Mapping", id);
    }

    private static <T> T found(T entity, String name, Object id) {
        if (entity == null) {
            throw new NotFoundException(name, id);
        }
        return entity;
    }
}
