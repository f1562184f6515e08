package tn.entrix.selling;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.event.Event;
import tn.entrix.event.EventStatus;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.RuleViolationException;

/**
 * The ticket configuration of an event. A seated type puts the sellable seats of its zones into the event's
 * inventory (event_seat) in one SQL statement; a zone belongs to at most one seated type of an event, so a seat has
 * one price. Standing types sell places up to the zones' capacity.
 */
@Stateless
public class TicketTypeService {

    static final String ENTITY = "TicketType";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    SellingRepository repository;

    @Inject
    AuditService audit;

    public TicketTypeView create(long eventId, TicketTypeRequest r) {
        Event event = repository.event(eventId);
        if (event.getStatus() == EventStatus.CANCELLED || event.getStatus() == EventStatus.DONE
                || event.getStatus() == EventStatus.CLOSED) {
            throw new ConflictException("EVENT_NOT_SELLABLE", "Event " + event.getCode() + " is " + event.getStatus());
        }
        Long taken = em.createQuery("select count(t) from TicketType t where t.eventId = :e and lower(t.code) = "
                + "lower(:c)", Long.class).setParameter("e", eventId).setParameter("c", r.code()).getSingleResult();
        if (taken > 0) {
            throw new ConflictException("TICKET_TYPE_CODE_TAKEN", "The event already has a ticket type '" + r.code()
                    + "'", Map.of("field", "code"));
        }
        List<Long> zones = r.zoneIds().stream().distinct().sorted().toList();
        long inMapping = ((Number) em.createNativeQuery("select count(*) from venue_zone where mapping_id = :m "
                + "and id in (:z)").setParameter("m", event.getMapping().getId()).setParameter("z", zones)
                .getSingleResult()).longValue();
        if (inMapping != zones.size()) {
            throw RuleViolationException.field("ZONE_NOT_IN_MAPPING", "zoneIds",
                    "Every zone must belong to the event's mapping (" + event.getMapping().getName() + ")");
        }
        long capacity = r.seated() ? sellableSeats(zones) : standingCapacity(zones);
        int quota = r.quota() == null ? (int) capacity : r.quota();
        if (quota > capacity) {
            throw RuleViolationException.field("QUOTA_ABOVE_CAPACITY", "quota", "The quota (" + quota
                    + ") is above what the zones hold (" + capacity + ")");
        }
        Visibility visibility = r.visibility() == null ? Visibility.PUBLIC : r.visibility();
        List<Long> groups = r.groupIds() == null ? List.of() : r.groupIds().stream().distinct().toList();
        if (visibility == Visibility.GROUPS && groups.isEmpty()) {
            throw RuleViolationException.field("GROUPS_REQUIRED", "groupIds", "A GROUPS ticket type names its groups");
        }
        TicketType type = new TicketType(eventId, r.code().strip(), r.seated());
        type.describe(r.name().strip(), r.basePrice(), quota, r.saleStartsAt(), r.saleEndsAt(),
                r.maxPerOrder() == null ? 10 : r.maxPerOrder(), r.maxPerUser(), visibility);
        em.persist(type);
        em.flush();
        for (Long zone : zones) {
            em.createNativeQuery("insert into ticket_type_zone (ticket_type_id, zone_id) values (:t, :z)")
                    .setParameter("t", type.getId()).setParameter("z", zone).executeUpdate();
        }
        for (Long group : groups) {
            em.createNativeQuery("insert into ticket_type_group (ticket_type_id, group_id) values (:t, :g)")
                    .setParameter("t", type.getId()).setParameter("g", group).executeUpdate();
        }
        if (r.seated()) {
            // the zones' sellable seats join the event's inventory; a seat already sold by another type refuses.
            // seat_rank is the best-available order (zone, row, number), computed once here so that a hold reads
            // the first free seats from an index instead of sorting every free seat of the type
            int added = em.createNativeQuery("insert into event_seat (event_id, seat_id, ticket_type_id, seat_rank) "
                            + SUBTREE + "select :e, s.id, :t, row_number() over (order by s.zone_id, s.row_label, "
                            + "s.number, s.id) from seat s where s.zone_id in (select id from tree) "
                            + "and s.status = 'AVAILABLE' "
                            + "on conflict (event_id, seat_id) do nothing")
                    .setParameter("e", eventId).setParameter("t", type.getId()).setParameter("z", zones)
                    .executeUpdate();
            if (added != capacity) {
                throw RuleViolationException.field("ZONE_ALREADY_SOLD", "zoneIds",
                        "Some seats of these zones are already sold by another ticket type of the event");
            }
        }
        audit.record("TICKET_TYPE_CREATED", ENTITY, type.getId(), Severity.MEDIUM, event.getCode() + " "
                + type.getCode() + " " + Money.tnd(type.getBasePrice()) + " x" + quota);
        return view(type);
    }

    public List<TicketTypeView> list(long eventId) {
        repository.event(eventId);
        return em.createQuery("select t from TicketType t where t.eventId = :e order by t.basePrice desc, t.id",
                TicketType.class).setParameter("e", eventId).getResultStream().map(this::view).toList();
    }

    /**
     * The free seats of a seated ticket type (for the fan's seat picker), zone, row and number order; none for a
     * standing type. The event must be on sale: nothing of a draft leaks out.
     */
    public List<FreeSeatView> freeSeats(long eventId, long ticketTypeId) {
        TicketType type = repository.ticketType(ticketTypeId);
        if (type.getEventId() != eventId) {
            throw new tn.entrix.platform.NotFoundException("TicketType", ticketTypeId);
        }
        if (!type.isSeated()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.reference, z.name, s.row_label, s.number "
                        + "from event_seat es join seat s on s.id = es.seat_id join venue_zone z on z.id = s.zone_id "
                        + "where es.event_id = :e and es.ticket_type_id = :t and es.status = 'FREE' "
                        + "order by z.name, s.id limit 2000")
                .setParameter("e", eventId).setParameter("t", ticketTypeId).getResultList();
        return rows.stream().map(r -> new FreeSeatView(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue())).toList();
    }

    public TicketTypeView find(long id) {
        return view(repository.ticketType(id));
    }

    /** The zones and every zone below them (a stand covers its sectors and rows). */
    static final String SUBTREE = "with recursive tree(id) as (select id from venue_zone where id in (:z) "
            + "union select c.id from venue_zone c join tree on c.parent_id = tree.id) ";

    private TicketTypeView view(TicketType t) {
        return TicketTypeView.of(t, repository.zonesOf(t.getId()), repository.groupsOfType(t.getId()));
    }

    private long sellableSeats(List<Long> zones) {
        return ((Number) em.createNativeQuery(SUBTREE + "select count(*) from seat where zone_id in "
                + "(select id from tree) and status = 'AVAILABLE'").setParameter("z", zones).getSingleResult()).longValue();
    }

    private long standingCapacity(List<Long> zones) {
        return ((Number) em.createNativeQuery("select coalesce(sum(capacity), 0) from venue_zone where id in (:z)")
                .setParameter("z", zones).getSingleResult()).longValue();
    }
}
