package tn.entrix.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One call to the provider, whatever came of it; written in a transaction of its own so it stays when the caller's
 * work rolls back. The request summary never holds a key.
 */
@Entity
@Table(name = "payment_attempt")
public class PaymentAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_attempt_seq")
    @SequenceGenerator(name = "payment_attempt_seq", sequenceName = "payment_attempt_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentProvider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentOperation operation;

    @Column(name = "payment_id", length = 64)
    private String paymentId;

    @Column(name = "tracking_id", length = 64)
    private String trackingId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "request_summary", nullable = false, length = 1024)
    private String requestSummary;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "latency_ms", nullable = false)
    private int latencyMs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptOutcome outcome;

    @Column(length = 1024)
    private String error;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PaymentAttempt() {
    }

    public PaymentAttempt(PaymentProvider provider, PaymentOperation operation, String paymentId, String trackingId,
                          String requestSummary, Integer httpStatus, int latencyMs, AttemptOutcome outcome,
                          String error, Instant createdAt) {
        this.provider = provider;
        this.operation = operation;
        this.paymentId = paymentId;
        this.trackingId = trackingId;
        this.requestSummary = cut(requestSummary);
        this.httpStatus = httpStatus;
        this.latencyMs = latencyMs;
        this.outcome = outcome;
        this.error = cut(error);
        this.createdAt = createdAt;
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1024 ? text : text.substring(0, 1021) + "...";
    }

    public Long getId() {
        return id;
    }

    public PaymentProvider getProvider() {
        return provider;
    }

    public PaymentOperation getOperation() {
        return operation;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getRequestSummary() {
        return requestSummary;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public int getLatencyMs() {
        return latencyMs;
    }

    public AttemptOutcome getOutcome() {
        return outcome;
    }

    public String getError() {
        return error;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
