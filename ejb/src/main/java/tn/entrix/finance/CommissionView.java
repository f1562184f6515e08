package tn.entrix.finance;

import java.time.Instant;

/**
 * The commission of a paid order: gross, Entrix's commission, net to the club, in millimes. refundedAt: the order was
 * refunded then, and the row no longer counts.
 */
public record CommissionView(long orderId, String orderNumber, long clubId, String club, int tickets, long gross,
                             long commission, long net, String rate, Instant computedAt, Instant refundedAt) {
}
