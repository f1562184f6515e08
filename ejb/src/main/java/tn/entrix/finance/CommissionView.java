package tn.entrix.finance;

import java.time.Instant;

/** The commission of a paid order: gross, Entrix's commission, net to the club, in millimes. */
public record CommissionView(long orderId, String orderNumber, long clubId, String club, int tickets, long gross,
                             long commission, long net, String rate, Instant computedAt) {
}
