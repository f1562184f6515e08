package tn.entrix.selling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An order, with an optional promo code, made either from the buyer's hold ({@code holdId}), or straight from a ticket
 * type ({@code ticketTypeId} with a {@code quantity} of best available seats, or the {@code seatIds} chosen): the
 * seats are then held and ordered in one step, as an app's "buy now" does.
 */
public record OrderRequest(Long holdId,
                           Long ticketTypeId,
                           @Min(1) @Max(100) Integer quantity,
                           @Size(max = 100) List<Long> seatIds,
                           @Size(max = 32) String promoCode) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public OrderRequest(Long holdId, Long ticketTypeId, Integer quantity, List<Long> seatIds, String promoCode) {
        this.holdId = holdId;
        this.ticketTypeId = ticketTypeId;
        this.quantity = quantity;
        this.seatIds = seatIds;
        this.promoCode = promoCode;
    }

    /** The order of a hold. */
    public static OrderRequest ofHold(Long holdId, String promoCode) {
        return new OrderRequest(holdId, null, null, null, promoCode);
    }

    /** Whether it names its seats by a hold; otherwise by a ticket type. */
    boolean fromHold() {
        return holdId != null;
    }

    /** The hold it asks for, when made straight from a ticket type. */
    HoldRequest asHold() {
        return new HoldRequest(ticketTypeId, quantity, seatIds, promoCode);
    }
}
