package tn.entrix.selling;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.RuleViolationException;

/**
 * A fan takes seats (best available or chosen) or standing places for a few minutes while they pay. The sale rules
 * are checked by {@link Holds} (which orders made straight from a ticket type share), and the stock moves through
 * {@link Inventory}, where the database has the last word.
 */
@Stateless
public class HoldService {

    static final String ENTITY = "SeatHold";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    SellingRepository repository;

    @Inject
    Inventory inventory;

    @Inject
    Holds holds;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public HoldView hold(String username, HoldRequest r) {
        Instant now = clock.instant();
        Holds.Taken taken = holds.take(username, r, now);
        HoldView view = view(taken.hold(), taken.seats(), taken.type(), taken.sale().groups(), r.promoCode());
        em.flush(); // the audit row too: after the quota update only the commit is left, nothing else holds its lock
        inventory.asynchronousCommit();
        holds.count(taken, now);
        return view;
    }

    /** The caller's own hold, with the price it would have now. */
    public HoldView find(String username, long holdId, String promoCode) {
        SeatHold hold = own(username, holdId, false);
        return view(hold, inventory.seatsOf(hold.getId()), repository.ticketType(hold.getTicketTypeId()),
                repository.groupsOf(hold.getUserId()), promoCode);
    }

    /** The fan gives the seats back before the hold expires. */
    public void release(String username, long holdId) {
        SeatHold hold = own(username, holdId, true);
        if (hold.getStatus() != HoldStatus.ACTIVE) {
            throw new ConflictException("HOLD_NOT_ACTIVE", "Hold " + holdId + " is " + hold.getStatus());
        }
        hold.end(HoldStatus.RELEASED);
        em.flush();
        inventory.release(List.of(holdId));
        audit.record("HOLD_RELEASED", ENTITY, holdId, Severity.LOW, null);
    }

    /** Expires due holds and unpaid orders everywhere (the timer calls it; holds also expire lazily). */
    public int expireDue() {
        List<Long> released = inventory.expireDue(clock.instant(), null);
        if (!released.isEmpty()) {
            audit.record("HOLDS_EXPIRED", ENTITY, null, Severity.LOW, released.size() + " holds " + released);
        }
        return released.size();
    }

    /** The quote for a ticket type and quantity, for the caller, without holding anything. */
    public QuoteView quote(String username, long ticketTypeId, int quantity, String promoCode) {
        if (quantity < 1 || quantity > 100) {
            throw RuleViolationException.field("QUANTITY_INVALID", "quantity", "1 to 100 tickets");
        }
        long buyer = repository.buyer(username);
        TicketType type = repository.ticketType(ticketTypeId);
        return QuoteView.of(PriceCalculator.price(type.getBasePrice(), repository.rules(type.getEventId(),
                type.getId()), new PriceCalculator.Context(clock.instant(), quantity, type.getSold(),
                repository.groupsOf(buyer), promoCode)));
    }

    private SeatHold own(String username, long holdId, boolean lock) {
        long buyer = repository.buyer(username);
        SeatHold hold = lock ? em.find(SeatHold.class, holdId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(SeatHold.class, holdId);
        if (hold == null || hold.getUserId() != buyer) {
            throw new NotFoundException(ENTITY, holdId);
        }
        return hold;
    }

    private HoldView view(SeatHold hold, List<SeatRef> seats, TicketType type, Set<Long> groups, String promoCode) {
        QuoteView quote = QuoteView.of(PriceCalculator.price(type.getBasePrice(),
                repository.rules(type.getEventId(), type.getId()), new PriceCalculator.Context(clock.instant(),
                        hold.getQuantity(), type.getSold(), groups, promoCode)));
        return new HoldView(hold.getId(), hold.getEventId(), hold.getTicketTypeId(), hold.getQuantity(), seats,
                hold.getStatus(), hold.getExpiresAt(), quote);
    }
}
