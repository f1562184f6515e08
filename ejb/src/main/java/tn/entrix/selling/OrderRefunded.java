package tn.entrix.selling;

/**
 * Fired inside the transaction that refunds a paid order: its access rights become REFUNDED and its club commission
 * stops counting, all with the refund or not at all.
 */
public record OrderRefunded(long orderId, String number, long userId, long eventId, long amount, String reason) {
}
