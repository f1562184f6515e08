package tn.entrix.selling;

/**
 * Fired inside the transaction that marks an order paid: access rights, the buyer's groups (assignment rules) and
 * the club's commission observe it, so all of it commits with the payment or not at all.
 */
public record OrderPaid(long orderId, String number, long userId, long eventId, long amount) {
}
