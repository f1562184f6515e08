package tn.entrix.selling;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.blacklist.BanMatch;
import tn.entrix.blacklist.Bans;
import tn.entrix.event.EventStatus;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.RuleViolationException;

/**
 * Taking seats for a buyer, in the caller's transaction, in two steps: {@link #take} checks every sale rule — event on
 * sale, sale window, visibility, the event's reserved groups, limits per order, per type and per event, the blacklist
 * — and holds the seats; {@link #count} then counts the places against the quota, and must come last in the
 * transaction. {@link #check} is also what an order made straight from a ticket type ({@link OneStepOrderStore})
 * passes, so the two ways to buy follow the same rules.
 */
@Dependent
class Holds {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    SellingRepository repository;

    @Inject
    Inventory inventory;

    @Inject
    AuditService audit;

    @Inject
    Bans bans;

    @Inject
    @ConfigProperty(name = "entrix.selling.hold-duration", defaultValue = "PT10M")
    Duration holdDuration;

    /** Seats taken for a buyer, not yet counted against the quota. */
    record Taken(SeatHold hold, TicketType type, SellingRepository.SaleContext sale, List<SeatRef> seats) {
    }

    /**
     * Every rule a purchase of these tickets must pass for this buyer, read under the buyer's lock: a quantity or
     * seats, seats only for a seated type, the sale rules, the blacklist, and places left. Returns the quantity.
     */
    int check(SellingRepository.SaleContext sale, TicketType type, HoldRequest r, Instant now) {
        int quantity = chosen(r) ? (int) r.seatIds().stream().distinct().count()
                : r.quantity() == null ? 0 : r.quantity();
        if (quantity < 1) {
            throw RuleViolationException.field("QUANTITY_REQUIRED", "quantity", "Ask for a quantity or seats");
        }
        if (chosen(r) && !type.isSeated()) {
            throw RuleViolationException.field("NOT_SEATED", "seatIds", type.getName() + " has no seats to choose");
        }
        checkSale(sale, type, quantity, now);
        refuseBanned(bans, sale, now, "PURCHASE hold");
        refuseIfSoldOut(type, quantity, now);
        return quantity;
    }

    static boolean chosen(HoldRequest r) {
        return r.seatIds() != null && !r.seatIds().isEmpty();
    }

    /**
     * Checks the sale rules for this buyer and holds the seats (the chosen ones, or the best available). The hold row
     * is written and flushed; the quota is not touched yet ({@link #count}).
     */
    Taken take(String username, HoldRequest r, Instant now) {
        TicketType type = repository.ticketType(r.ticketTypeId());
        SellingRepository.SaleContext sale = repository.lockBuyer(username, type.getEventId(), null, now);
        int quantity = check(sale, type, r, now);
        boolean chosen = chosen(r);
        SeatHold hold = new SeatHold(sale.buyerId(), sale.eventId(), type.getId(), quantity, now,
                holdExpiresAt(now));
        em.persist(hold);
        em.flush();
        // Seats first, the quota row last: the seat search locks only its own seat rows (SKIP LOCKED for best
        // available), so concurrent holds run it side by side; the quota row, which every hold of the type needs,
        // is then locked by one short conditional update just before the commit (count).
        List<Long> seats = type.isSeated() ? lockSeats(type, sale.eventId(), r, quantity, now) : List.of();
        List<SeatRef> held = seats.isEmpty() ? List.of() : inventory.hold(sale.eventId(), hold.getId(), seats);
        audit.record("SEATS_HELD", HoldService.ENTITY, hold.getId(), Severity.LOW, sale.eventCode() + " "
                + type.getCode() + " x" + quantity + (chosen ? " chosen" : ""));
        return new Taken(hold, type, sale, held);
    }

    /**
     * Counts the taken places against the quota, or refuses with SOLD_OUT (the caller's transaction rolls back, seats
     * and hold with it). Every hold of the type queues on the quota row's lock until its transaction commits: call
     * it last, after everything else is flushed.
     */
    void count(Taken taken, Instant now) {
        count(taken.type().getId(), taken.hold().getQuantity(), now);
    }

    /** Counts {@code quantity} places of the type against its quota (see {@link #count(Taken, Instant)}). */
    void count(long type, int quantity, Instant now) {
        if (!inventory.reserve(type, quantity)
                && (inventory.expireDue(now, type).isEmpty() || !inventory.reserve(type, quantity))) {
            throw soldOut(quantity);
        }
    }

    /**
     * The seats for the hold, locked: the chosen ones, or the best available. Expired holds are given back lazily,
     * only when the free seats do not suffice (so a fan is never told "sold out" or "taken" because of a hold that
     * is already over), instead of on every hold, where it cost every buyer a scan and a wait on the quota row.
     */
    private List<Long> lockSeats(TicketType type, long eventId, HoldRequest r, int quantity, Instant now) {
        if (r.seatIds() != null && !r.seatIds().isEmpty()) {
            List<Long> taken = inventory.lockChosen(type.getId(), eventId, r.seatIds());
            if (!taken.isEmpty() && !inventory.expireDue(now, type.getId()).isEmpty()) {
                taken = inventory.lockChosen(type.getId(), eventId, r.seatIds());
            }
            if (!taken.isEmpty()) {
                throw seatsUnavailable(taken);
            }
            return r.seatIds().stream().distinct().sorted().toList();
        }
        List<Long> best = inventory.pickBest(type.getId(), quantity);
        if (best.size() < quantity && !inventory.expireDue(now, type.getId()).isEmpty()) {
            best = inventory.pickBest(type.getId(), quantity);
        }
        if (best.size() < quantity) {
            throw soldOut(quantity);
        }
        return best;
    }

    /**
     * A type whose quota is taken answers SOLD_OUT before anything is written or locked. Without this, each late
     * buyer held free seats of the type's zones (a quota can be smaller than its zones), found no quota left at the
     * end and rolled it all back: in the on-sale spike the sold-out answers came at ~50/s and were a quarter of its
     * time. Due holds and unpaid orders are expired first, as the end of a hold does. The quota update at the end
     * stays the authority; this only spares work that cannot succeed (the counts are those just read).
     */
    private void refuseIfSoldOut(TicketType type, int quantity, Instant now) {
        if (type.getHeld() + type.getSold() + quantity > type.getQuota()
                && inventory.expireDue(now, type.getId()).isEmpty()) {
            throw soldOut(quantity);
        }
    }

    /** When a hold made now runs out (entrix.selling.hold-duration). */
    Instant holdExpiresAt(Instant now) {
        return now.plus(holdDuration);
    }

    static ConflictException seatsUnavailable(List<Long> taken) {
        return new ConflictException("SEAT_UNAVAILABLE", "These seats are not free for this ticket type: " + taken,
                Map.of("seatIds", taken));
    }

    static ConflictException soldOut(int quantity) {
        return new ConflictException("SOLD_OUT", "Not enough places left for " + quantity + " ticket(s)",
                Map.of("quantity", quantity));
    }

    /**
     * A buyer banned from the event is refused with a 403 BANNED before anything is written; the hit is audited
     * (HIGH) in a transaction of its own, since the refusal rolls the caller's back. The sale context says whether a
     * ban applies; only then is the ban read, to name it.
     */
    static void refuseBanned(Bans bans, SellingRepository.SaleContext sale, Instant now, String where) {
        if (!sale.banned()) {
            return;
        }
        Optional<BanMatch> ban = bans.match(sale.buyerId(), sale.eventId(), now);
        if (ban.isPresent()) {
            bans.recordHitAlone(ban.get(), sale.buyerId(), sale.eventId(), where);
            throw new EntrixException(EntrixException.Kind.FORBIDDEN, "BANNED",
                    "You may not buy tickets for this event");
        }
    }

    private void checkSale(SellingRepository.SaleContext sale, TicketType type, int quantity, Instant now) {
        if (sale.eventStatus() != EventStatus.ON_SALE) {
            throw new ConflictException("EVENT_NOT_ON_SALE", sale.eventCode() + " is " + sale.eventStatus());
        }
        if (!type.onSaleAt(now)) {
            throw new ConflictException("SALE_CLOSED", type.getName() + " is not on sale now",
                    Map.of("saleStartsAt", String.valueOf(type.getSaleStartsAt()),
                            "saleEndsAt", String.valueOf(type.getSaleEndsAt())));
        }
        Set<Long> groups = sale.groups();
        List<Long> reserved = sale.saleGroups();
        if (!reserved.isEmpty() && reserved.stream().noneMatch(groups::contains)) {
            throw new EntrixException(EntrixException.Kind.FORBIDDEN, "SALE_RESTRICTED",
                    "This event is sold only to members of its groups");
        }
        if (type.getVisibility() == Visibility.GROUPS
                && repository.groupsOfType(type.getId()).stream().noneMatch(groups::contains)) {
            // not offered to this buyer: as if it did not exist
            throw new NotFoundException("TicketType", type.getId());
        }
        if (quantity > type.getMaxPerOrder()) {
            throw RuleViolationException.field("ORDER_LIMIT", "quantity", "At most " + type.getMaxPerOrder()
                    + " tickets per order");
        }
        long buyer = sale.buyerId();
        if (type.getMaxPerUser() != null
                && repository.ticketsOf(buyer, sale.eventId(), type.getId()) + quantity > type.getMaxPerUser()) {
            throw RuleViolationException.field("USER_LIMIT", "quantity", "At most " + type.getMaxPerUser() + " "
                    + type.getName() + " tickets per person");
        }
        Integer perEvent = sale.maxTicketsPerUser();
        if (perEvent != null && repository.ticketsOf(buyer, sale.eventId(), null) + quantity > perEvent) {
            throw RuleViolationException.field("USER_LIMIT", "quantity", "At most " + perEvent
                    + " tickets per person for this event");
        }
    }
}
