package tn.entrix.selling;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.Page;
import tn.entrix.platform.RuleViolationException;

/**
 * Orders: made from the buyer's active hold (its seats stay held through the payment window), priced once and for
 * all when made, paid exactly once, cancelled or expired with their stock given back.
 */
@Stateless
public class OrderService {

    static final String ENTITY = "Order";
    static final ZoneId TUNIS = ZoneId.of("Africa/Tunis");

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    SellingRepository repository;

    @Inject
    Inventory inventory;

    @Inject
    Holds holds;

    @Inject
    OneStepOrderStore oneStepStore;

    @Inject
    tn.entrix.platform.RequestOrigin origin;

    @Inject
    AuditService audit;

    @Inject
    tn.entrix.blacklist.Bans bans;

    @Inject
    Clock clock;

    @Inject
    Event<OrderPaid> paid;

    @Inject
    Event<OrderRefunded> refunded;

    @Inject
    tn.entrix.payment.PaymentService payments;

    @Inject
    @ConfigProperty(name = "entrix.selling.payment-window", defaultValue = "PT15M")
    Duration paymentWindow;

    /**
     * An order from the buyer's hold, or straight from a ticket type (the seats held and ordered in one transaction).
     * Either way it is PENDING_PAYMENT for the payment window, its seats held under its hold.
     */
    public OrderView create(String username, OrderRequest r) {
        boolean ticketsNamed = r.ticketTypeId() != null || r.quantity() != null
                || r.seatIds() != null && !r.seatIds().isEmpty();
        if (r.fromHold() == ticketsNamed) {
            throw RuleViolationException.field("ORDER_SOURCE_INVALID", "holdId", "Order either a hold (holdId) or "
                    + "tickets of a type (ticketTypeId with quantity or seatIds)");
        }
        Instant now = clock.instant();
        String promo = r.promoCode() == null || r.promoCode().isBlank() ? null : r.promoCode().strip();
        if (!r.fromHold()) {
            return oneStep(username, r.asHold(), promo, now);
        }
        SellingRepository.SaleContext sale = repository.lockBuyer(username, null, r.holdId(), now);
        SeatHold hold = em.find(SeatHold.class, r.holdId(), LockModeType.PESSIMISTIC_WRITE);
        if (hold == null || hold.getUserId() != sale.buyerId()) {
            throw new NotFoundException(HoldService.ENTITY, r.holdId());
        }
        if (!hold.activeAt(now)) {
            throw new ConflictException("HOLD_EXPIRED", "Hold " + hold.getId() + " is "
                    + (hold.getStatus() == HoldStatus.ACTIVE ? "expired" : hold.getStatus()) + "; hold seats again");
        }
        Holds.refuseBanned(bans, sale, now, "PURCHASE order");
        List<SeatRef> seats = inventory.seatsOf(hold.getId());
        TicketOrder order = open(hold, repository.ticketType(hold.getTicketTypeId()), sale.groups(), seats, promo,
                now);
        return view(order, seats);
    }

    /**
     * Tickets of a type held and ordered at once ({@link OneStepOrderStore}: one statement writes it all), after the
     * same checks as a hold ({@link Holds#check}), the quota counted last. Too few seats or places: what is due expires
     * and it tries once more, as a hold does, then SOLD_OUT (SEAT_UNAVAILABLE for chosen seats that are taken), and
     * nothing stays written.
     */
    private OrderView oneStep(String username, HoldRequest wanted, String promo, Instant now) {
        TicketType type = repository.ticketType(wanted.ticketTypeId());
        SellingRepository.SaleContext sale = repository.lockBuyer(username, type.getEventId(), null, now);
        int quantity = holds.check(sale, type, wanted, now);
        if (promo != null) {
            usePromoCode(type.getEventId(), type.getId(), promo);
        }
        List<PriceCalculator.Line> lines = PriceCalculator.price(type.getBasePrice(),
                repository.rules(type.getEventId(), type.getId()), new PriceCalculator.Context(now, quantity,
                        type.getSold(), sale.groups(), promo));
        long total = lines.stream().mapToLong(PriceCalculator.Line::price).sum();
        List<Long> chosen = Holds.chosen(wanted) ? wanted.seatIds().stream().distinct().sorted().toList() : List.of();
        OneStepOrderStore.Purchase purchase = new OneStepOrderStore.Purchase(sale.buyerId(), sale.eventId(),
                type.getId(), type.isSeated(), quantity, chosen, lines, promo, now, holds.holdExpiresAt(now),
                now.plus(paymentWindow), now.atZone(TUNIS).getYear(), username, origin.ipAddress(),
                " " + Money.tnd(total) + (promo == null ? "" : " promo " + promo) + " " + type.getCode() + " x"
                        + quantity + (chosen.isEmpty() ? "" : " chosen") + " held and ordered in one step, hold ");
        OneStepOrderStore.Written written = oneStepStore.write(purchase);
        if (!written.done() && !inventory.expireDue(now, type.getId()).isEmpty()) {
            written = oneStepStore.write(purchase);
        }
        if (!written.done()) {
            List<Long> free = written.picked();
            List<Long> taken = chosen.stream().filter(id -> !free.contains(id)).toList();
            if (!taken.isEmpty()) {
                throw Holds.seatsUnavailable(taken);
            }
            throw Holds.soldOut(quantity);
        }
        holds.count(type.getId(), quantity, now); // last: the quota row's lock lasts until the commit
        long subtotal = lines.stream().mapToLong(PriceCalculator.Line::basePrice).sum();
        return new OrderView(written.orderId(), written.number(), sale.eventId(), OrderStatus.PENDING_PAYMENT,
                written.items(), subtotal, subtotal - total, total, promo, now, now.plus(paymentWindow), null, null,
                null);
    }

    /**
     * The order of a hold's seats, priced now and for good (the promo code used up here), for the payment window; the
     * hold is ORDERED and its seats stay held until the order is paid or over.
     */
    private TicketOrder open(SeatHold hold, TicketType type, Set<Long> groups, List<SeatRef> seats, String promo,
                             Instant now) {
        if (promo != null) {
            usePromoCode(hold.getEventId(), type.getId(), promo);
        }
        List<PriceCalculator.Line> lines = PriceCalculator.price(type.getBasePrice(),
                repository.rules(hold.getEventId(), type.getId()), new PriceCalculator.Context(now,
                        hold.getQuantity(), type.getSold(), groups, promo));
        TicketOrder order = new TicketOrder(nextNumber(now), hold.getUserId(), hold.getEventId(), hold.getId(), promo,
                now, now.plus(paymentWindow));
        for (int i = 0; i < lines.size(); i++) {
            PriceCalculator.Line line = lines.get(i);
            Long seat = type.isSeated() ? seats.get(i).id() : null;
            order.add(new OrderItem(type.getId(), seat, line.basePrice(), line.price(), line.describe()));
        }
        em.persist(order);
        hold.end(HoldStatus.ORDERED);
        em.flush();
        audit.record("ORDER_CREATED", ENTITY, order.getId(), Severity.MEDIUM, order.getNumber() + " "
                + Money.tnd(order.getTotal()) + (promo == null ? "" : " promo " + promo));
        return order;
    }

    public OrderView findOwn(String username, long orderId) {
        return view(own(username, orderId, false));
    }

    public List<OrderView> listOwn(String username) {
        long buyer = repository.buyer(username);
        return em.createQuery("select o from TicketOrder o where o.userId = :u order by o.createdAt desc",
                TicketOrder.class).setParameter("u", buyer).setMaxResults(200).getResultStream().map(this::view)
                .toList();
    }

    public Page<OrderView> list(Long eventId, OrderStatus status, int page, int size) {
        String where = " where 1 = 1" + (eventId == null ? "" : " and o.eventId = :e")
                + (status == null ? "" : " and o.status = :s");
        var query = em.createQuery("select o from TicketOrder o" + where + " order by o.createdAt desc, o.id desc",
                TicketOrder.class);
        var count = em.createQuery("select count(o) from TicketOrder o" + where, Long.class);
        if (eventId != null) {
            query.setParameter("e", eventId);
            count.setParameter("e", eventId);
        }
        if (status != null) {
            query.setParameter("s", status);
            count.setParameter("s", status);
        }
        return new Page<>(query.setFirstResult(page * size).setMaxResults(size).getResultStream().map(this::view)
                .toList(), page, size, count.getSingleResult());
    }

    /** The buyer gives up an unpaid order: its seats go back on sale at once. */
    public OrderView cancelOwn(String username, long orderId) {
        TicketOrder order = own(username, orderId, true);
        if (order.getStatus() != OrderStatus.PENDING_PAYMENT) {
            throw new ConflictException("ORDER_NOT_PENDING", "Order " + order.getNumber() + " is " + order.getStatus());
        }
        order.end(OrderStatus.CANCELLED);
        em.find(SeatHold.class, order.getHoldId()).end(HoldStatus.RELEASED);
        em.flush();
        inventory.release(List.of(order.getHoldId()));
        audit.record("ORDER_CANCELLED", ENTITY, order.getId(), Severity.MEDIUM, order.getNumber());
        return view(order);
    }

    /**
     * Marks the order paid, exactly once: the payment side calls it with the order number it tracked and the amount
     * it verified. Returns false when it was already paid (a repeated notification). An amount that is not the
     * order's total, or an order no longer pending, is refused with its own code: the caller flags the payment.
     */
    public boolean markPaid(String number, String paymentId, long amount) {
        Settlement settlement = settle(number, paymentId, amount);
        return switch (settlement) {
            case PAID -> true;
            case ALREADY_PAID -> false;
            case UNKNOWN -> throw new NotFoundException(ENTITY, number);
            case NOT_PENDING -> throw new ConflictException("ORDER_NOT_PENDING", "Order " + number
                    + " is not waiting for a payment");
            case AMOUNT_MISMATCH -> throw new RuleViolationException("AMOUNT_MISMATCH", "The amount paid is not the "
                    + "order's total");
        };
    }

    /** What a payment did to its order. */
    public enum Settlement {
        PAID, ALREADY_PAID, UNKNOWN, NOT_PENDING, AMOUNT_MISMATCH
    }

    /**
     * Settles an order with a verified payment, exactly once, without throwing for the business cases: the payment
     * side calls it inside its own settlement and must not roll back a real payment because the order expired in
     * the meantime. Those cases are audited HIGH: someone paid for nothing and must be refunded.
     */
    public Settlement settle(String number, String paymentId, long amount) {
        TicketOrder order = em.createQuery("select o from TicketOrder o where o.number = :n", TicketOrder.class)
                .setParameter("n", number).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElse(null);
        if (order == null) {
            return Settlement.UNKNOWN;
        }
        if (order.getStatus() == OrderStatus.PAID && paymentId.equals(order.getPaymentId())) {
            return Settlement.ALREADY_PAID;
        }
        if (order.getStatus() != OrderStatus.PENDING_PAYMENT) {
            audit.record("PAYMENT_FOR_CLOSED_ORDER", ENTITY, order.getId(), Severity.HIGH, number + " is "
                    + order.getStatus() + " but payment " + paymentId + " of " + Money.tnd(amount)
                    + " succeeded: refund it");
            return Settlement.NOT_PENDING;
        }
        if (amount != order.getTotal()) {
            audit.record("PAYMENT_AMOUNT_MISMATCH", ENTITY, order.getId(), Severity.HIGH, number + " costs "
                    + Money.tnd(order.getTotal()) + ", payment " + paymentId + " brought " + Money.tnd(amount));
            return Settlement.AMOUNT_MISMATCH;
        }
        SeatHold hold = em.find(SeatHold.class, order.getHoldId(), LockModeType.PESSIMISTIC_WRITE);
        order.paid(paymentId, clock.instant());
        em.flush();
        inventory.sell(hold, order.getId());
        audit.record("ORDER_PAID", ENTITY, order.getId(), Severity.MEDIUM, number + " " + Money.tnd(amount)
                + " payment " + paymentId);
        paid.fire(new OrderPaid(order.getId(), order.getNumber(), order.getUserId(), order.getEventId(), amount));
        return Settlement.PAID;
    }

    /**
     * Staff refund a paid order: it becomes REFUNDED, its seats and quota go back on sale, its access rights become
     * REFUNDED (the gate refuses them) and its commission stops counting ({@link OrderRefunded}, same transaction), and
     * a Flouci payment is marked REFUND_DUE for finance. Idempotent: refunding a refunded order returns it unchanged.
     * An order that is not paid, or whose tickets were already used at the gate, is not refundable (409).
     */
    public OrderView refund(long orderId, String reason) {
        TicketOrder order = em.find(TicketOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new NotFoundException(ENTITY, orderId);
        }
        if (order.getStatus() == OrderStatus.REFUNDED) {
            return view(order);
        }
        if (order.getStatus() != OrderStatus.PAID) {
            throw new ConflictException("ORDER_NOT_REFUNDABLE", "Order " + order.getNumber() + " is "
                    + order.getStatus() + ": only a paid order is refunded", Map.of("status", order.getStatus().name()));
        }
        long used = ((Number) em.createNativeQuery("select count(*) from access_right where order_id = :o "
                + "and status = 'USED'").setParameter("o", orderId).getSingleResult()).longValue();
        if (used > 0) {
            throw new ConflictException("ORDER_NOT_REFUNDABLE", "Order " + order.getNumber() + " has " + used
                    + " ticket(s) already used at the gate", Map.of("usedTickets", used));
        }
        String why = reason.strip();
        order.refunded(why, clock.instant());
        em.flush();
        inventory.unsell(order.getId(), order.getHoldId(), order.getItems().get(0).getTicketTypeId(),
                order.getItems().size());
        boolean flouci = order.getPaymentId() != null
                && payments.refundDue(order.getPaymentId(), "order " + order.getNumber() + " refunded: " + why);
        audit.record("ORDER_REFUNDED", ENTITY, order.getId(), Severity.HIGH, order.getNumber() + " "
                + Money.tnd(order.getTotal()) + (flouci ? " Flouci payment " + order.getPaymentId() + " to pay back"
                : " paid " + order.getPaymentId()) + ": " + why);
        refunded.fire(new OrderRefunded(order.getId(), order.getNumber(), order.getUserId(), order.getEventId(),
                order.getTotal(), why));
        return view(order);
    }

    /**
     * Starts the Flouci payment of the caller's pending order; the fan follows the returned link. A second call
     * starts a new Flouci payment (the first may have been abandoned); whichever succeeds first pays the order.
     */
    public OrderPaymentView pay(String username, long orderId) {
        TicketOrder order = own(username, orderId, true);
        if (order.getStatus() != OrderStatus.PENDING_PAYMENT || !order.getExpiresAt().isAfter(clock.instant())) {
            throw new ConflictException("ORDER_NOT_PENDING", "Order " + order.getNumber() + " is not payable");
        }
        tn.entrix.payment.PaymentView payment = payments.startForOrder(order.getNumber(), order.getTotal());
        order.paymentStarted(payment.paymentId());
        audit.record("ORDER_PAYMENT_STARTED", ENTITY, order.getId(), Severity.LOW, order.getNumber() + " Flouci "
                + payment.paymentId());
        return new OrderPaymentView(order.getId(), order.getNumber(), order.getTotal(), payment.paymentId(),
                payment.link(), order.getExpiresAt());
    }

    /**
     * A pending order paid in cash at the box office (or by card on the club's terminal): staff record it, with the
     * order's own total, and everything that follows a Flouci payment follows it too.
     */
    public OrderView payAtBoxOffice(long eventId, long orderId, String receipt) {
        TicketOrder order = em.find(TicketOrder.class, orderId);
        if (order == null || order.getEventId() != eventId) {
            throw new NotFoundException(ENTITY, orderId);
        }
        markPaid(order.getNumber(), "BOX-" + receipt, order.getTotal());
        return view(em.find(TicketOrder.class, orderId));
    }


    /** The references of the order's seats, in one query. */
    private Map<Long, String> seatReferences(List<OrderItem> items) {
        List<Long> seats = items.stream().map(OrderItem::getSeatId).filter(java.util.Objects::nonNull).toList();
        Map<Long, String> references = new java.util.HashMap<>();
        if (!seats.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, reference from seat where id in (:s)")
                    .setParameter("s", seats).getResultList();
            rows.forEach(row -> references.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        return references;
    }

    private void usePromoCode(long eventId, long ticketTypeId, String code) {
        List<?> rules = em.createNativeQuery("select id from pricing_rule where event_id = :e and active "
                        + "and kind = 'PROMO_CODE' and upper(promo_code) = upper(:c) "
                        + "and (ticket_type_id is null or ticket_type_id = :t)")
                .setParameter("e", eventId).setParameter("c", code).setParameter("t", ticketTypeId).getResultList();
        if (rules.isEmpty()) {
            throw RuleViolationException.field("PROMO_CODE_UNKNOWN", "promoCode", "Unknown promo code " + code);
        }
        int used = em.createNativeQuery("update pricing_rule set uses = uses + 1 where id = :r "
                + "and (max_uses is null or uses < max_uses)").setParameter("r", ((Number) rules.get(0)).longValue())
                .executeUpdate();
        if (used == 0) {
            throw new ConflictException("PROMO_CODE_EXHAUSTED", "The promo code " + code + " has been used up");
        }
    }

    /** ETX-2026-000042: the year in Tunis and a sequence, readable over the phone. */
    private String nextNumber(Instant now) {
        long n = ((Number) em.createNativeQuery("select nextval('order_number_seq')").getSingleResult()).longValue();
        return "ETX-" + now.atZone(TUNIS).getYear() + "-" + String.format("%06d", n);
    }

    private TicketOrder own(String username, long orderId, boolean lock) {
        long buyer = repository.buyer(username);
        TicketOrder order = lock ? em.find(TicketOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(TicketOrder.class, orderId);
        if (order == null || order.getUserId() != buyer) {
            throw new NotFoundException(ENTITY, orderId);
        }
        return order;
    }

    private OrderView view(TicketOrder o) {
        return view(o, null);
    }

    /** The order as the buyer sees it; {@code seats}: its seats with their reference when the caller has them. */
    private OrderView view(TicketOrder o, List<SeatRef> seats) {
        Map<Long, String> references = seats == null ? seatReferences(o.getItems())
                : seats.stream().collect(Collectors.toMap(SeatRef::id, SeatRef::reference));
        List<OrderItemView> items = new ArrayList<>();
        for (OrderItem item : o.getItems()) {
            String reference = item.getSeatId() == null ? null : references.get(item.getSeatId());
            items.add(new OrderItemView(item.getId(), item.getTicketTypeId(), item.getSeatId(), reference,
                    item.getBasePrice(), item.getDiscount(), item.getPrice(), item.getBreakdown()));
        }
        return new OrderView(o.getId(), o.getNumber(), o.getEventId(), o.getStatus(), items, o.getSubtotal(),
                o.getDiscount(), o.getTotal(), o.getPromoCode(), o.getCreatedAt(), o.getExpiresAt(), o.getPaidAt(),
                o.getPaymentId(), o.getRefundedAt());
    }
}
