package tn.entrix.payment;

import java.time.Instant;

/** A payment for the back office (and the answer to starting one: {@code link} is where the payer goes). */
public record PaymentView(long id, String provider, String paymentId, String trackingId, Long orderId, String label,
                          long amountMillimes, Long verifiedMillimes, PaymentStatus status, String link,
                          Instant createdAt, Instant updatedAt, Instant processedAt) {

    static PaymentView of(Payment p) {
        return new PaymentView(p.getId(), p.getProvider().name(), p.getPaymentId(), p.getTrackingId(),
                p.getOrderId(), p.getLabel(), p.getAmountMillimes(), p.getVerifiedMillimes(), p.getStatus(),
                p.getLink(), p.getCreatedAt(), p.getUpdatedAt(), p.getProcessedAt());
    }
}
