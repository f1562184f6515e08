package tn.entrix.payment;

/**
 * What a webhook delivery or a reconciliation did with one payment.
 *
 * @param outcome SETTLED (this call moved it to its final state), ALREADY_SETTLED (an earlier or concurrent call
 *                did), STILL_PENDING (the provider says so), UNKNOWN_PAYMENT (not ours: ignored)
 * @param status  the payment's status afterwards; null for an unknown payment
 */
public record SettlementView(String outcome, String paymentId, PaymentStatus status) {

    public static final String SETTLED = "SETTLED";
    public static final String ALREADY_SETTLED = "ALREADY_SETTLED";
    public static final String STILL_PENDING = "STILL_PENDING";
    public static final String UNKNOWN_PAYMENT = "UNKNOWN_PAYMENT";
}
