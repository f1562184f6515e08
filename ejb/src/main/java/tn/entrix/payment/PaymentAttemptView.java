package tn.entrix.payment;

import java.time.Instant;

/** One call to the provider, for the back office. */
public record PaymentAttemptView(long id, PaymentOperation operation, String paymentId, String trackingId,
                                 String requestSummary, Integer httpStatus, int latencyMs, AttemptOutcome outcome,
                                 String error, Instant createdAt) {

    static PaymentAttemptView of(PaymentAttempt a) {
        return new PaymentAttemptView(a.getId(), a.getOperation(), a.getPaymentId(), a.getTrackingId(),
                a.getRequestSummary(), a.getHttpStatus(), a.getLatencyMs(), a.getOutcome(), a.getError(),
                a.getCreatedAt());
    }
}
