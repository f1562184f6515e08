package tn.entrix.selling;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
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

    /**
     * Counts {@code quantity} more places held, if the quota allows; false otherwise. Every hold of the type queues on
     * this row's lock until it commits, so callers run it last in their transaction, after the seat search.
     */
    boolean reserve(long ticketTypeId, int quantity) {
        return em.createNativeQuery("update ticket_type set held = held + :q where id = :t "
                        + "and held + sold + :q <= quota")
                .setParameter("q", quantity).setParameter("t", ticketTypeId).executeUpdate() == 1;
    }

    /**
     * This transaction's commit does not wait for its WAL record to reach the disk (PostgreSQL's synchronous_commit
     * off, for this transaction only). For a hold only: the quota row stays locked until the commit returns, so the
     * disk flush (milliseconds, more on a busy machine) was paid by every hold of the type queued behind it. What a
     * crash can lose is the last fraction of a second of holds, whole (seats, counter and hold go together, never
     * half); a hold is ten unpaid minutes, and the fan whose hold vanished simply holds again. Orders and payments
     * keep the durable commit.
     */
    void asynchronousCommit() {
        em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
    }

    /**
     * Locks the best available seats: the first free ones in seat_rank order (zone, row, number, precomputed when the
     * seats were put on sale), skipping the ones other holds have locked. event_seat_best_ix makes it an index range
     * scan that stops after {@code quantity} rows. May return fewer than asked: the caller decides (expire what is
     * due and look again, or SOLD_OUT). Seats this transaction locked already come back again, so looking twice is
     * harmless.
     */
    List<Long> pickBest(long ticketTypeId, int quantity) {
        @SuppressWarnings("unchecked")
        List<Number> seats = em.createNativeQuery("select seat_id from event_seat where ticket_type_id = :t "
                        + "and status = 'FREE' order by seat_rank limit :q for update skip locked")
                .setParameter("t", ticketTypeId).setParameter("q", quantity).getResultList();
        return seats.stream().map(Number::longValue).sorted().toList();
    }

    /**
     * Holds seats that {@link #pickBest} or {@link #lockChosen} locked, and returns them with their reference, in seat
     * order: the hold's answer shows them, and the update that marks them reads them (no second query).
     */
    List<SeatRef> hold(long eventId, long holdId, List<Long> seatIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update event_seat es set status = 'HELD', hold_id = :h "
                        + "from seat s where s.id = es.seat_id and es.event_id = :e and es.seat_id in (:s) "
                        + "and es.status = 'FREE' returning s.id, s.reference")
                .setParameter("h", holdId).setParameter("e", eventId).setParameter("s", seatIds).getResultList();
        if (rows.size() != seatIds.size()) {
            throw new ConflictException("SEAT_UNAVAILABLE", "A seat was taken meanwhile; try again");
        }
        return refs(rows);
    }

    /**
     * Locks exactly these seats, waiting for other transactions (in seat-id order, so no deadlock), and returns the
     * ones that are not free for this type (empty: all are yours).
     */
    List<Long> lockChosen(long ticketTypeId, long eventId, List<Long> seatIds) {
        List<Long> wanted = seatIds.stream().distinct().sorted().toList();
        @SuppressWarnings("unchecked")
        List<Number> free = em.createNativeQuery("select seat_id from event_seat where event_id = :e "
                        + "and ticket_type_id = :t and seat_id in (:s) and status = 'FREE' order by seat_id for update")
                .setParameter("e", eventId).setParameter("t", ticketTypeId).setParameter("s", wanted)
                .getResultList();
        List<Long> ids = free.stream().map(Number::longValue).toList();
        return wanted.stream().filter(id -> !ids.contains(id)).toList();
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

    /** A refunded order: its places leave sold and its seats are free again, for sale to someone else. */
    void unsell(long orderId, long holdId, long ticketTypeId, int quantity) {
        int updated = em.createNativeQuery("update ticket_type set sold = sold - :q where id = :t")
                .setParameter("q", quantity).setParameter("t", ticketTypeId).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("ticket type " + ticketTypeId + " vanished");
        }
        // by hold_id (a sold seat keeps it), which event_seat_hold_ix serves; order_id has no index
        em.createNativeQuery("update event_seat set status = 'FREE', hold_id = null, order_id = null "
                + "where hold_id = :h and order_id = :o and status = 'SOLD'").setParameter("h", holdId)
                .setParameter("o", orderId).executeUpdate();
    }

    /** Seats held by a hold, in seat order, with their reference. */
    List<SeatRef> seatsOf(long holdId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.reference from event_seat es "
                + "join seat s on s.id = es.seat_id where es.hold_id = :h").setParameter("h", holdId).getResultList();
        return refs(rows);
    }

    private static List<SeatRef> refs(List<Object[]> rows) {
        return rows.stream().map(row -> new SeatRef(((Number) row[0]).longValue(), (String) row[1]))
                .sorted(java.util.Comparator.comparingLong(SeatRef::id)).toList();
    }

    /**
     * Expires what is due: pending orders past their payment window, then active holds past their expiry; gives
     * their stock back. Returns the holds released. SKIP LOCKED: what a concurrent run (the timer, another buyer's
     * lazy expiry, a payment settling that order) has locked is left to it instead of queueing behind it.
     */
    @SuppressWarnings("unchecked")
    List<Long> expireDue(Instant now, Long ticketTypeId) {
        // the hold's type is read per due order (a correlated lookup by primary key), not joined: seat_hold has no
        // index on ticket_type_id, and a join let the planner scan every hold ever made (30-70 ms on a dev database
        // of 180,000 holds, and growing with every sale) to find the one or two orders due
        List<Number> fromOrders = ofType(em.createNativeQuery("update ticket_order set status = 'EXPIRED' "
                + "where id in (select o.id from ticket_order o "
                + "where o.status = 'PENDING_PAYMENT' and o.expires_at <= :now"
                + (ticketTypeId == null ? ""
                        : " and (select h.ticket_type_id from seat_hold h where h.id = o.hold_id) = :type")
                + " for update skip locked) returning hold_id"), now, ticketTypeId).getResultList();
        if (!fromOrders.isEmpty()) {
            em.createNativeQuery("update seat_hold set status = 'EXPIRED' where id in (:h)")
                    .setParameter("h", fromOrders.stream().map(Number::longValue).toList()).executeUpdate();
        }
        List<Number> holds = ofType(em.createNativeQuery("update seat_hold set status = 'EXPIRED' where id in ("
                + "select id from seat_hold where status = 'ACTIVE' and expires_at <= :now"
                + (ticketTypeId == null ? "" : " and ticket_type_id = :type")
                + " for update skip locked) returning id"), now, ticketTypeId).getResultList();
        List<Long> released = new java.util.ArrayList<>();
        fromOrders.forEach(n -> released.add(n.longValue()));
        holds.forEach(n -> released.add(n.longValue()));
        release(released);
        return released;
    }

    /** Binds :now, and :type when the expiry is for one ticket type. */
    private static Query ofType(Query query, Instant now, Long ticketTypeId) {
        query.setParameter("now", now);
        return ticketTypeId == null ? query : query.setParameter("type", ticketTypeId);
    }
}
