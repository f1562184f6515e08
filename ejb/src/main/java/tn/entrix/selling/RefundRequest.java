package tn.entrix.selling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff refund an order: stored on the order and in the HIGH audit row. */
public record RefundRequest(@NotBlank @Size(max = 256) String reason) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public RefundRequest(String reason) {
        this.reason = reason;
    }
}
