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
 * One payment at the provider (one Flouci payment_id). Created PENDING when the provider gave us its link; settled
 * once — {@link #settle} refuses a second final state, and the service calls it under a row lock — from what the
 * provider's verify call reported, never from what a webhook body claims.
 */
@Entity
@Table(name = "payment")
public class Payment {

    public static final int LABEL_LENGTH = 128;
    public static final int TRACKING_ID_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentProvider provider;

    @Column(name = "payment_id", nullable = false, length = 64)
    private String paymentId;

    @Column(name = "tracking_id", nullable = false, length = TRACKING_ID_LENGTH)
    private String trackingId;

    /** The order paid, once orders exist (no foreign key yet). */
    @Column(name = "order_id")
    private Long orderId;

    @Column(length = LABEL_LENGTH)
    private String label;

    @Column(name = "amount_millimes", nullable = false)
    private long amountMillimes;

    @Column(name = "verified_millimes")
    private Long verifiedMillimes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentStatus status;

    @Column(nullable = false, length = 1024)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected Payment() {
    }

    public Payment(PaymentProvider provider, String paymentId, String trackingId, Long orderId, String label,
                   long amountMillimes, String link, Instant now) {
        if (amountMillimes <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amountMillimes);
        }
        this.provider = provider;
        this.paymentId = paymentId;
        this.trackingId = trackingId;
        this.orderId = orderId;
        this.label = label;
        this.amountMillimes = amountMillimes;
        this.link = link;
        this.status = PaymentStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Moves a PENDING payment to its final state. @return false (and changes nothing) when it was settled already:
     * a repeated or concurrent delivery is harmless
     */
    public boolean settle(PaymentStatus outcome, Long verifiedMillimes, Instant now) {
        if (status.isFinal() || !outcome.isFinal()) {
            return false;
        }
        this.status = outcome;
        this.verifiedMillimes = verifiedMillimes;
        this.processedAt = now;
        this.updatedAt = now;
        return true;
    }

    /** A successful payment whose money goes back to the payer. @return false when it was not SUCCESS */
    public boolean refundDue(Instant now) {
        if (status != PaymentStatus.SUCCESS) {
            return false;
        }
        this.status = PaymentStatus.REFUND_DUE;
        this.updatedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public PaymentProvider getProvider() {
        return provider;
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

    public String getLabel() {
        return label;
    }

    public long getAmountMillimes() {
        return amountMillimes;
    }

    public Long getVerifiedMillimes() {
        return verifiedMillimes;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
