package tn.entrix.selling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.CascadeType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order made from a hold: a readable number, its items, totals in millimes, and where it stands. */
@Entity
@Table(name = "ticket_order")
public class TicketOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_order_seq")
    @SequenceGenerator(name = "ticket_order_seq", sequenceName = "ticket_order_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 24)
    private String number;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "hold_id", nullable = false)
    private long holdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status = OrderStatus.PENDING_PAYMENT;

    @Column(nullable = false)
    private long subtotal;

    @Column(nullable = false)
    private long discount;

    @Column(nullable = false)
    private long total;

    @Column(name = "promo_code", length = 32)
    private String promoCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "payment_id", length = 64)
    private String paymentId;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Column(name = "refund_reason", length = 256)
    private String refundReason;

    // The item's insert writes order_id (nullable = false); updatable = false stops Hibernate from writing it a second
    // time with one UPDATE per item after the inserts, as it does for a unidirectional one-to-many (4,000 needless
    // updates in a 4,000-seat on-sale spike, the largest statement count after the inserts). Items never move orders.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<OrderItem> items = new ArrayList<>();

    @Version
    private long version;

    protected TicketOrder() {
    }

    public TicketOrder(String number, long userId, long eventId, long holdId, String promoCode, Instant createdAt,
                       Instant expiresAt) {
        this.number = number;
        this.userId = userId;
        this.eventId = eventId;
        this.holdId = holdId;
        this.promoCode = promoCode;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public void add(OrderItem item) {
        items.add(item);
        subtotal += item.getBasePrice();
        discount += item.getDiscount();
        total += item.getPrice();
    }

    public void paid(String paymentId, Instant at) {
        this.status = OrderStatus.PAID;
        this.paymentId = paymentId;
        this.paidAt = at;
    }

    public void end(OrderStatus status) {
        this.status = status;
    }

    /** A paid order given back: it stays, REFUNDED, with when and why. */
    public void refunded(String reason, Instant at) {
        this.status = OrderStatus.REFUNDED;
        this.refundReason = reason;
        this.refundedAt = at;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void paymentStarted(String paymentId) {
        this.paymentId = paymentId;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getUserId() {
        return userId;
    }

    public long getEventId() {
        return eventId;
    }

    public long getHoldId() {
        return holdId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public long getSubtotal() {
        return subtotal;
    }

    public long getDiscount() {
        return discount;
    }

    public long getTotal() {
        return total;
    }

    public String getPromoCode() {
        return promoCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public List<OrderItem> getItems() {
        return items;
    }

    public long getVersion() {
        return version;
    }
}
