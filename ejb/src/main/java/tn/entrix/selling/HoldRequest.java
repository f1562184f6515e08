package tn.entrix.selling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Best available ({@code quantity}) or specific seats ({@code seatIds}) of a ticket type. */
public record HoldRequest(@NotNull Long ticketTypeId,
                          @Min(1) @Max(100) Integer quantity,
                          @Size(max = 100) List<Long> seatIds,
                          @Size(max = 32) String promoCode) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public HoldRequest(Long ticketTypeId, Integer quantity, List<Long> seatIds, String promoCode) {
        this.ticketTypeId = ticketTypeId;
        this.quantity = quantity;
        this.seatIds = seatIds;
        this.promoCode = promoCode;
    }
}
