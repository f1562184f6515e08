package tn.entrix.payment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A back-office test payment: finance checks that the Flouci configuration works end to end, without an order.
 *
 * @param amountMillimes 1 TND = 1000 millimes
 */
public record TestPaymentRequest(
        @Min(100) @Max(10_000_000) long amountMillimes,
        @NotBlank @Size(max = Payment.LABEL_LENGTH) String label) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public TestPaymentRequest(long amountMillimes, String label) {
        this.amountMillimes = amountMillimes;
        this.label = label;
    }
}
