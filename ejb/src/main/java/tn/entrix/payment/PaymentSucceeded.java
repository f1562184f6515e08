package tn.entrix.payment;

/**
 * A payment was verified with Flouci as paid, in full, for what we asked: the moment an order may be marked paid.
 * <p>
 * Fired exactly once per payment, synchronously, inside the transaction that moves the payment to SUCCESS (after
 * the verify call, under the payment's row lock). A plain {@code @Observes} runs in that transaction: if it throws,
 * the payment stays PENDING and the next webhook delivery or the reconciliation tries again — so an observer must
 * itself be safe to run again after a rollback. Side effects that must only follow a commit (email, QR codes) observe
 * with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}. Never fired for SUSPICIOUS payments.
 *
 * @param paymentId      Flouci's payment_id
 * @param trackingId     the developer_tracking_id we sent (the order's reference)
 * @param amountMillimes what was paid, equal to what was asked
 */
public record PaymentSucceeded(String paymentId, String trackingId, long amountMillimes) {
}
