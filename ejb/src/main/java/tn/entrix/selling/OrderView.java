package tn.entrix.selling;

import java.time.Instant;
import java.util.List;

/** An order: number, status, items with their prices, totals in millimes. */
public record OrderView(long id, String number, long eventId, OrderStatus status, List<OrderItemView> items,
                        long subtotal, long discount, long total, String promoCode, Instant createdAt,
                        Instant expiresAt, Instant paidAt, String paymentId, Instant refundedAt) {
}
