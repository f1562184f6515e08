package tn.entrix.selling;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * An order straight from a ticket type, written by one SQL statement: the seats picked and locked, the hold (ORDERED at
 * once), the seats held under it, the order with its number, its items and its audit row. It is the on-sale spike's
 * hot path, so it runs as plain JDBC in the caller's transaction instead of a dozen Hibernate round trips (persist,
 * flush, native updates and their bookkeeping).
 *
 * <p>The rules are the other paths' (the caller checks them with {@link Holds#check} first), and the database still
 * has the last word: a seat is only held FREE → HELD under its row lock, and when too few seats are free nothing at
 * all is written ({@code enough}), so the caller may expire what is due and try once more. The quota is counted
 * afterwards by the caller ({@link Holds#count}), as the last statement before the commit: every order of the type
 * queues on that row's lock until its transaction ends, so it must be held for as short a time as possible (counted
 * inside this statement, the lock lasted the whole statement and the spike ran at half the rate). Seats first, the
 * quota row last, as everywhere else: no deadlock.
 *
 * <p>Ids come from the entities' own sequences with {@code nextval}, one value per row. Hibernate draws blocks of 50
 * from the same sequences; a value taken here is one Hibernate never received, so ids never collide (the block's
 * other 49 values stay unused).
 */
@Dependent
class OneStepOrderStore {

    /** Best available: the first free seats in seat_rank order, skipping those other buyers have locked. */
    static final String PICK_BEST = "with picked as (select seat_id from event_seat where ticket_type_id = ? "
            + "and status = 'FREE' order by seat_rank limit ? for update skip locked), ";

    /** Chosen seats: exactly these, waiting for other buyers' locks (in seat-id order) to see whether they stay free. */
    static final String PICK_CHOSEN = "with picked as (select seat_id from event_seat where ticket_type_id = ? "
            + "and seat_id = any(?) and status = 'FREE' order by seat_id for update), ";

    static final String WRITE = "enough as (select 1 where (select count(*) from picked) = ?), "
            + "held as (insert into seat_hold (id, user_id, event_id, ticket_type_id, quantity, status, created_at, "
            + "expires_at) select nextval('seat_hold_seq'), ?, ?, ?, ?, 'ORDERED', ?, ? from enough returning id), "
            + "seats as (update event_seat es set status = 'HELD', hold_id = h.id from seat s, held h "
            + "where s.id = es.seat_id and es.event_id = ? and es.seat_id in (select seat_id from picked) "
            + "and es.status = 'FREE' returning s.id, s.reference), "
            + "numbered as (select id, reference, row_number() over (order by id) n from seats), "
            + "seq as (select nextval('order_number_seq') v from held), "
            + "ord as (insert into ticket_order (id, number, user_id, event_id, hold_id, status, subtotal, discount, "
            + "total, promo_code, created_at, expires_at) select nextval('ticket_order_seq'), "
            + "'ETX-' || ? || '-' || lpad(seq.v::text, greatest(6, length(seq.v::text)), '0'), ?, ?, held.id, "
            + "'PENDING_PAYMENT', ?, ?, ?, ?, ?, ? from seq, held returning id, number, hold_id), "
            + "items as (insert into order_item (id, order_id, ticket_type_id, seat_id, base_price, discount, price, "
            + "breakdown) select nextval('order_item_seq'), ord.id, ?, s.id, l.base, l.base - l.price, l.price, "
            + "l.breakdown from ord cross join unnest(?::bigint[], ?::bigint[], ?::text[]) with ordinality "
            + "l(base, price, breakdown, n) left join numbered s on s.n = l.n "
            + "returning id, seat_id, base_price, discount, price, breakdown), "
            + "audit as (insert into audit_log (id, occurred_at, actor, action, entity_type, entity_id, ip_address, "
            + "severity, details) select nextval('audit_log_seq'), ?, ?, 'ORDER_CREATED', 'Order', ord.id::text, ?, "
            + "'MEDIUM', ord.number || ? || ord.hold_id from ord) "
            + "select (select id from ord), (select number from ord), (select hold_id from ord), "
            + "(select coalesce(array_agg(seat_id), '{}') from picked), "
            + "i.id, i.seat_id, s.reference, i.base_price, i.discount, i.price, i.breakdown "
            + "from (select 1) one left join items i on true left join seats s on s.id = i.seat_id";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    /** What to write: the buyer's purchase, checked and priced. */
    record Purchase(long buyerId, long eventId, long ticketTypeId, boolean seated, int quantity, List<Long> chosen,
                    List<PriceCalculator.Line> lines, String promoCode, Instant at, Instant holdExpiresAt,
                    Instant orderExpiresAt, int year, String actor, String ipAddress, String auditDetails) {
    }

    /**
     * What was written: nothing ({@code orderId} null: too few seats or places), or the order with its items. {@code
     * picked}: the seats found free and locked (to name the chosen ones that were not).
     */
    record Written(Long orderId, String number, Long holdId, List<Long> picked, List<OrderItemView> items) {

        boolean done() {
            return orderId != null;
        }
    }

    Written write(Purchase p) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            boolean chosen = !p.chosen().isEmpty();
            try (Statement generic = c.createStatement()) {
                // PostgreSQL planned this statement afresh on every call (a custom plan for each LIMIT: 2.3 ms of
                // planning for 2.8 ms of execution, pg_stat_statements with track_planning); its plan does not depend
                // on the values, so the connection's generic plan is used, made once. Local: this transaction only.
                generic.execute("set local plan_cache_mode = force_generic_plan");
            }
            try (PreparedStatement s = c.prepareStatement((chosen ? PICK_CHOSEN : PICK_BEST) + WRITE)) {
                int i = 0;
                s.setLong(++i, p.ticketTypeId());
                if (chosen) {
                    s.setArray(++i, c.createArrayOf("bigint", p.chosen().toArray()));
                } else {
                    s.setInt(++i, p.seated() ? p.quantity() : 0);
                }
                // enough
                s.setInt(++i, p.seated() ? p.quantity() : 0);
                // held
                s.setLong(++i, p.buyerId());
                s.setLong(++i, p.eventId());
                s.setLong(++i, p.ticketTypeId());
                s.setInt(++i, p.quantity());
                s.setTimestamp(++i, Timestamp.from(p.at()));
                s.setTimestamp(++i, Timestamp.from(p.holdExpiresAt()));
                // seats
                s.setLong(++i, p.eventId());
                // ord
                long subtotal = 0;
                long total = 0;
                for (PriceCalculator.Line line : p.lines()) {
                    subtotal += line.basePrice();
                    total += line.price();
                }
                s.setString(++i, String.valueOf(p.year()));
                s.setLong(++i, p.buyerId());
                s.setLong(++i, p.eventId());
                s.setLong(++i, subtotal);
                s.setLong(++i, subtotal - total);
                s.setLong(++i, total);
                s.setString(++i, p.promoCode());
                s.setTimestamp(++i, Timestamp.from(p.at()));
                s.setTimestamp(++i, Timestamp.from(p.orderExpiresAt()));
                // items
                s.setLong(++i, p.ticketTypeId());
                s.setArray(++i, c.createArrayOf("bigint", p.lines().stream().map(PriceCalculator.Line::basePrice)
                        .toArray()));
                s.setArray(++i, c.createArrayOf("bigint", p.lines().stream().map(PriceCalculator.Line::price)
                        .toArray()));
                s.setArray(++i, c.createArrayOf("text", p.lines().stream().map(PriceCalculator.Line::describe)
                        .toArray()));
                // audit
                s.setTimestamp(++i, Timestamp.from(p.at()));
                s.setString(++i, p.actor());
                s.setString(++i, p.ipAddress());
                s.setString(++i, p.auditDetails());
                return read(s, p.ticketTypeId());
            }
        });
    }

    private static Written read(PreparedStatement s, long ticketTypeId) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            Long order = null;
            String number = null;
            Long hold = null;
            List<Long> picked = List.of();
            List<OrderItemView> items = new ArrayList<>();
            boolean first = true;
            while (rs.next()) {
                if (first) {
                    first = false;
                    long id = rs.getLong(1);
                    order = rs.wasNull() ? null : id;
                    number = rs.getString(2);
                    long h = rs.getLong(3);
                    hold = rs.wasNull() ? null : h;
                    picked = List.of(longs(rs.getArray(4)));
                }
                long item = rs.getLong(5);
                if (!rs.wasNull()) {
                    long seat = rs.getLong(6);
                    items.add(new OrderItemView(item, ticketTypeId, rs.wasNull() ? null : seat, rs.getString(7),
                            rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getString(11)));
                }
            }
            items.sort(java.util.Comparator.comparing(OrderItemView::seatId,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                    .thenComparing(OrderItemView::id));
            return new Written(order, number, hold, picked, items);
        }
    }

    private static Long[] longs(Array array) throws SQLException {
        return (Long[]) array.getArray();
    }
}
