package tn.entrix.selling;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tn.entrix.event.Event;
import tn.entrix.platform.NotFoundException;

/** Lookups the selling services share, in the caller's transaction. */
@Dependent
class SellingRepository {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    Event event(long id) {
        Event event = em.find(Event.class, id);
        if (event == null) {
            throw new NotFoundException("Event", id);
        }
        return event;
    }

    TicketType ticketType(long id) {
        TicketType type = em.find(TicketType.class, id);
        if (type == null) {
            throw new NotFoundException("TicketType", id);
        }
        return type;
    }

    /**
     * The buyer's id, taking their account's row lock: one buyer's holds and orders queue up, so the per-user limits
     * count what the same buyer does in another tab.
     */
    long lockBuyer(String username) {
        List<?> ids = em.createNativeQuery("select id from app_user where lower(username) = lower(:n) "
                + "and status = 'ACTIVE' for update").setParameter("n", username).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("User", username);
        }
        return ((Number) ids.get(0)).longValue();
    }

    long buyer(String username) {
        List<?> ids = em.createNativeQuery("select id from app_user where lower(username) = lower(:n)")
                .setParameter("n", username).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("User", username);
        }
        return ((Number) ids.get(0)).longValue();
    }

    Set<Long> groupsOf(long userId) {
        Set<Long> groups = new HashSet<>();
        for (Object id : em.createNativeQuery("select group_id from group_member where user_id = :u")
                .setParameter("u", userId).getResultList()) {
            groups.add(((Number) id).longValue());
        }
        return groups;
    }

    List<Long> zonesOf(long ticketTypeId) {
        return ids("select zone_id from ticket_type_zone where ticket_type_id = :t order by zone_id", ticketTypeId);
    }

    List<Long> groupsOfType(long ticketTypeId) {
        return ids("select group_id from ticket_type_group where ticket_type_id = :t order by group_id",
                ticketTypeId);
    }

    List<Long> saleGroups(long eventId) {
        return ids("select group_id from event_sale_group where event_id = :t order by group_id", eventId);
    }

    Integer maxTicketsPerUser(long eventId) {
        Object value = em.createNativeQuery("select max_tickets_per_user from event where id = :e")
                .setParameter("e", eventId).getSingleResult();
        return value == null ? null : ((Number) value).intValue();
    }

    /** Tickets the buyer holds (active holds) or bought (paid or pending orders) for the event, or of one type. */
    int ticketsOf(long userId, long eventId, Long ticketTypeId) {
        String type = ticketTypeId == null ? "" : " and h.ticket_type_id = :t";
        var query = em.createNativeQuery("select coalesce(sum(h.quantity), 0) from seat_hold h "
                + "left join ticket_order o on o.hold_id = h.id where h.user_id = :u and h.event_id = :e" + type
                + " and (h.status = 'ACTIVE' or o.status in ('PENDING_PAYMENT', 'PAID'))")
                .setParameter("u", userId).setParameter("e", eventId);
        if (ticketTypeId != null) {
            query.setParameter("t", ticketTypeId);
        }
        return ((Number) query.getSingleResult()).intValue();
    }

    List<PriceCalculator.Rule> rules(long eventId, long ticketTypeId) {
        return em.createQuery("select r from PricingRule r where r.eventId = :e and r.active = true "
                        + "and (r.ticketTypeId is null or r.ticketTypeId = :t)", PricingRule.class)
                .setParameter("e", eventId).setParameter("t", ticketTypeId).getResultStream()
                .map(SellingRepository::rule).toList();
    }

    static PriceCalculator.Rule rule(PricingRule r) {
        return new PriceCalculator.Rule(r.getId(), r.getName(), r.getKind(), r.getPriority(), r.isExclusive(),
                r.getPercentOff(), r.getAmountOff(), r.getFixedPrice(), r.getValidUntil(), r.getFirstN(),
                r.getMinQuantity(), r.getGroupId(), r.getPromoCode());
    }

    private List<Long> ids(String sql, long param) {
        return em.createNativeQuery(sql).setParameter("t", param).getResultStream()
                .map(o -> ((Number) o).longValue()).toList();
    }
}
