package tn.entrix.payment;

import java.time.Duration;
import java.time.Instant;

/**
 * What a verification means for a stored payment — the one rule of settlement, without a container (unit-tested).
 * The provider's SUCCESS pays only when its amount and tracking id are exactly ours; otherwise the payment is
 * SUSPICIOUS. A payment the provider still calls PENDING long after its session should have ended is abandoned:
 * EXPIRED here.
 *
 * @param status PENDING: nothing to do yet
 * @param reason why, for the audit trail
 */
public record SettlementDecision(PaymentStatus status, String reason) {

    public static SettlementDecision decide(long expectedMillimes, String expectedTrackingId, Instant createdAt,
                                            FlouciProtocol.Verification verification, Instant now,
                                            Duration abandonAfter) {
        if (verification.trackingId() != null && !verification.trackingId().equals(expectedTrackingId)) {
            return new SettlementDecision(PaymentStatus.SUSPICIOUS, "provider reports tracking id '"
                    + verification.trackingId() + "', expected '" + expectedTrackingId + "'");
        }
        return switch (verification.status()) {
            case SUCCESS -> verification.amountMillimes() == null
                    || verification.amountMillimes() != expectedMillimes
                    ? new SettlementDecision(PaymentStatus.SUSPICIOUS, "provider reports " + verification.amountMillimes()
                            + " millimes paid, expected " + expectedMillimes)
                    : new SettlementDecision(PaymentStatus.SUCCESS, "paid " + expectedMillimes + " millimes");
            case FAILURE -> new SettlementDecision(PaymentStatus.FAILURE, "the payer failed or cancelled");
            case EXPIRED -> new SettlementDecision(PaymentStatus.EXPIRED, "the provider's session expired");
            case PENDING -> createdAt.plus(abandonAfter).isBefore(now)
                    ? new SettlementDecision(PaymentStatus.EXPIRED, "abandoned: still pending after " + abandonAfter)
                    : new SettlementDecision(PaymentStatus.PENDING, "still pending at the provider");
        };
    }
}
