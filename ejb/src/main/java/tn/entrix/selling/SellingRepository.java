package tn.entrix.selling;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import tn.entrix.blacklist.Bans;
import tn.entrix.event.Event;
import tn.entrix.event.EventStatus;
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
     * What a hold or an order needs to know of its buyer and its event, in one round trip that also takes the buyer's
     * row lock: one buyer's holds and orders queue up, so the per-user limits count what the same buyer does in
     * another tab. It folds six statements of the spike's hot path into one (the lock, the buyer's groups, the
     * blacklist flag, the event's status, its per-user limit and its reserved groups); the ban itself is read by name
     * only on a hit ({@link tn.entrix.blacklist.Bans#BANNED}). The event is the given one, or the hold's.
     */
    SaleContext lockBuyer(String username, Long eventId, Long holdId, Instant at) {
        String event = eventId != null ? " left join event e on e.id = ?"
                : " left join seat_hold h on h.id = ? left join event e on e.id = h.event_id";
        String sql = "select u.id, array(select g.group_id from group_member g where g.user_id = u.id),"
                + " e.id is not null and " + Bans.BANNED + ", e.id, e.status, e.code, e.max_tickets_per_user,"
                + " array(select sg.group_id from event_sale_group sg where sg.event_id = e.id order by sg.group_id)"
                + " from app_user u" + event
                + " where lower(u.username) = lower(?) and u.status = 'ACTIVE' for update of u";
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                Timestamp when = Timestamp.from(at);
                s.setTimestamp(1, when);
                s.setTimestamp(2, when);
                s.setLong(3, eventId != null ? eventId : holdId);
                s.setString(4, username);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("User", username);
                    }
                    long eventRead = rs.getLong(4);
                    Long found = rs.wasNull() ? null : eventRead;
                    int limit = rs.getInt(7);
                    Integer perUser = rs.wasNull() ? null : limit;
                    return new SaleContext(rs.getLong(1), Set.of(longs(rs, 2)), rs.getBoolean(3), found,
                            found == null ? null : EventStatus.valueOf(rs.getString(5)), rs.getString(6), perUser,
                            List.of(longs(rs, 8)));
                }
            }
        });
    }

    /**
     * The buyer and the event of a hold or an order, as {@link #lockBuyer} read them under the buyer's lock.
     * {@code eventId} is null when the hold named does not exist.
     */
    record SaleContext(long buyerId, Set<Long> groups, boolean banned, Long eventId, EventStatus eventStatus,
                       String eventCode, Integer maxTicketsPerUser, List<Long> saleGroups) {
    }

    /** A bigint[] column (an {@code array(select …)} of ids; empty, never null). */
    private static Long[] longs(ResultSet rs, int column) throws SQLException {
        return (Long[]) rs.getArray(column).getArray();
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

    /**
     * The active pricing rules of a ticket type (its own and the event's), read as values: every hold, quote and
     * order prices with them, and loading them as managed entities (hydrated, then dirty-checked at each flush) was
     * 7% of the on-sale spike's request CPU (JFR) for rows that are only read.
     */
    List<PriceCalculator.Rule> rules(long eventId, long ticketTypeId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("select id, name, kind, priority, exclusive, percent_off, "
                    + "amount_off, fixed_price, valid_until, first_n, min_quantity, group_id, promo_code "
                    + "from pricing_rule where event_id = ? and active and (ticket_type_id is null "
                    + "or ticket_type_id = ?)")) {
                s.setLong(1, eventId);
                s.setLong(2, ticketTypeId);
                List<PriceCalculator.Rule> rules = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Timestamp until = rs.getTimestamp(9);
                        rules.add(new PriceCalculator.Rule(rs.getLong(1), rs.getString(2),
                                PricingKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getBoolean(5),
                                rs.getObject(6, Integer.class), rs.getObject(7, Long.class),
                                rs.getObject(8, Long.class), until == null ? null : until.toInstant(),
                                rs.getObject(10, Integer.class), rs.getObject(11, Integer.class),
                                rs.getObject(12, Long.class), rs.getString(13)));
                    }
                }
                return rules;
            }
        });
    }

    private List<Long> ids(String sql, long param) {
        return em.createNativeQuery(sql).setParameter("t", param).getResultStream()
                .map(o -> ((Number) o).longValue()).toList();
    }
}
