package tn.entrix.selling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Turns a hold into an order, with an optional promo code. */
public record OrderRequest(@NotNull Long holdId, @Size(max = 32) String promoCode) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public OrderRequest(Long holdId, String promoCode) {
        this.holdId = holdId;
        this.promoCode = promoCode;
    }
}
