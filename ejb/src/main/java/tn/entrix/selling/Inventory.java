package tn.entrix.selling;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tn.entrix.platform.ConflictException;

/**
 * Every move of stock, as conditional SQL updates the database arbitrates: the ticket type's counters only move when
 * the quota allows it (and a check constraint backs that up), a seat only goes FREE → HELD → SOLD through updates
 * that name its current status, and rows are locked in seat-id order so that concurrent holds never deadlock.
 */
@Dependent
class Inventory {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    /** Counts {@code quantity} more places held, if the quota allows; SOLD_OUT otherwise. */
    void reserve(long ticketTypeId, int quantity) {
        int updated = em.createNativeQuery("update ticket_type set held = held + :q where id = :t "
                        + "and held + sold + :q <= quota")
                .setParameter("q", quantity).setParameter("t", ticketTypeId).executeUpdate();
        if (updated == 0) {
            throw new ConflictException("SOLD_OUT", "Not enough places left for " + quantity + " ticket(s)",
                    Map.of("quantity", quantity));
        }
    }

    /** Holds the best available seats: the first free ones in zone, row and number order, skipping locked ones. */
    List<Long> holdBest(long ticketTypeId, long eventId, long holdId, int quantity) {
        @SuppressWarnings("unchecked")
        List<Number> seats = em.createNativeQuery("select es.seat_id from event_seat es join seat s on s.id = es.seat_id "
                        + "where es.event_id = :e and es.ticket_type_id = :t and es.status = 'FREE' "
                        + "order by s.zone_id, s.row_label, s.number limit :q for update of es skip locked")
                .setParameter("e", eventId).setParameter("t", ticketTypeId).setParameter("q", quantity)
                .getResultList();
        if (seats.size() < quantity) {
            throw new ConflictException("SOLD_OUT", "Not enough free seats left for " + quantity + " ticket(s)",
                    Map.of("quantity", quantity));
        }
        List<Long> ids = seats.stream().map(Number::longValue).sorted().toList();
        mark(eventId, holdId, ids);
        return ids;
    }

    /** Holds exactly these seats, all or none: SEAT_UNAVAILABLE names the ones that are not free. */
    List<Long> holdSeats(long ticketTypeId, long eventId, long holdId, List<Long> seatIds) {
        List<Long> wanted = seatIds.stream().distinct().sorted().toList();
        @SuppressWarnings("unchecked")
        List<Number> free = em.createNativeQuery("select seat_id from event_seat where event_id = :e "
                        + "and ticket_type_id = :t and seat_id in (:s) and status = 'FREE' order by seat_id for update")
                .setParameter("e", eventId).setParameter("t", ticketTypeId).setParameter("s", wanted)
                .getResultList();
        List<Long> ids = free.stream().map(Number::longValue).toList();
        if (ids.size() != wanted.size()) {
            List<Long> taken = wanted.stream().filter(id -> !ids.contains(id)).toList();
            throw new ConflictException("SEAT_UNAVAILABLE", "These seats are not free for this ticket type: " + taken,
                    Map.of("seatIds", taken));
        }
        mark(eventId, holdId, ids);
        return ids;
    }

    private void mark(long eventId, long holdId, List<Long> seatIds) {
        int updated = em.createNativeQuery("update event_seat set status = 'HELD', hold_id = :h "
                        + "where event_id = :e and seat_id in (:s) and status = 'FREE'")
                .setParameter("h", holdId).setParameter("e", eventId).setParameter("s", seatIds).executeUpdate();
        if (updated != seatIds.size()) {
            throw new ConflictException("SEAT_UNAVAILABLE", "A seat was taken meanwhile; try again");
        }
    }

    /** Gives back the places and seats of these holds (expired, released, order cancelled or expired). */
    void release(List<Long> holdIds) {
        if (holdIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("update ticket_type t set held = t.held - x.q from (select ticket_type_id, "
                        + "sum(quantity) q from seat_hold where id in (:h) group by ticket_type_id) x "
                        + "where t.id = x.ticket_type_id")
                .setParameter("h", holdIds).executeUpdate();
        em.createNativeQuery("update event_seat set status = 'FREE', hold_id = null where hold_id in (:h) "
                + "and status = 'HELD'").setParameter("h", holdIds).executeUpdate();
    }

    /** A paid hold: its places move from held to sold, its seats become the order's. */
    void sell(SeatHold hold, long orderId) {
        int updated = em.createNativeQuery("update ticket_type set held = held - :q, sold = sold + :q where id = :t")
                .setParameter("q", hold.getQuantity()).setParameter("t", hold.getTicketTypeId()).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("ticket type " + hold.getTicketTypeId() + " vanished");
        }
        em.createNativeQuery("update event_seat set status = 'SOLD', order_id = :o where hold_id = :h "
                + "and status = 'HELD'").setParameter("o", orderId).setParameter("h", hold.getId()).executeUpdate();
    }

    /** Seats held by a hold, in seat order, with their reference. */
    List<Object[]> seatsOf(long holdId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.reference from event_seat es "
                + "join seat s on s.id = es.seat_id where es.hold_id = :h order by s.id")
                .setParameter("h", holdId).getResultList();
        return rows;
    }

    /**
     * Expires what is due: pending orders past their payment window, then active holds past their expiry; gives
     * their stock back. Returns the holds released. Row locks make a concurrent run skip what another already did.
     */
    @SuppressWarnings("unchecked")
    List<Long> expireDue(Instant now, Long ticketTypeId) {
        String type = ticketTypeId == null ? "" : " and ticket_type_id = " + ticketTypeId;
        List<Number> fromOrders = em.createNativeQuery("update ticket_order set status = 'EXPIRED' "
                        + "where status = 'PENDING_PAYMENT' and expires_at <= :now"
                        + (ticketTypeId == null ? "" : " and hold_id in (select id from seat_hold where true" + type + ")")
                        + " returning hold_id")
                .setParameter("now", now).getResultList();
        if (!fromOrders.isEmpty()) {
            em.createNativeQuery("update seat_hold set status = 'EXPIRED' where id in (:h)")
                    .setParameter("h", fromOrders.stream().map(Number::longValue).toList()).executeUpdate();
        }
        List<Number> holds = em.createNativeQuery("update seat_hold set status = 'EXPIRED' where status = 'ACTIVE' "
                + "and expires_at <= :now" + type + " returning id").setParameter("now", now).getResultList();
        List<Long> released = new java.util.ArrayList<>();
        fromOrders.forEach(n -> released.add(n.longValue()));
        holds.forEach(n -> released.add(n.longValue()));
        release(released);
        return released;
    }
}
