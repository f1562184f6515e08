package tn.entrix.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * The right of one holder to enter one event through the zones it allows, in one seat if seated, between two
 * instants. Every ticket sold becomes one (season passes will too). Its QR token is signed over its id, event, zone,
 * seat and validity: whenever one of those changes (postponement), the right is signed again and the old token stops
 * matching ({@link #getTokenSha256()} is unique and always the current token's).
 * <p>
 * Life cycle: issued VALID; VALID → USED (the gate), REVOKED (staff, event cancelled), REFUNDED, TRANSFERRED; nothing
 * comes back to VALID.
 */
@Entity
@Table(name = "access_right")
public class AccessRight {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_right_seq")
    @SequenceGenerator(name = "access_right_seq", sequenceName = "access_right_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "order_item_id")
    private Long orderItemId;

    @Column(name = "ticket_type_id")
    private Long ticketTypeId;

    /** The zone the token names: the seat's zone, else the first zone of the ticket type. */
    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    @Column(name = "seat_id")
    private Long seatId;

    /** Every zone the right lets its holder into (a standing ticket type may cover several). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "access_right_zone", joinColumns = @JoinColumn(name = "access_right_id"))
    @Column(name = "zone_id")
    private Set<Long> zoneIds = new TreeSet<>();

    @Column(nullable = false)
    private long price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AccessRightStatus status = AccessRightStatus.VALID;

    @Column(name = "status_reason", length = 32)
    private String statusReason;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "key_id")
    private Integer keyId;

    @Column(length = 255)
    private String token;

    @Column(name = "token_sha256")
    private byte[] tokenSha256;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AccessRight() {
    }

    public AccessRight(long userId, long eventId, Long orderId, Long orderItemId, Long ticketTypeId, long zoneId,
                       Long seatId, Set<Long> zoneIds, long price, Instant validFrom, Instant validUntil,
                       Instant issuedAt) {
        this.userId = userId;
        this.eventId = eventId;
        this.orderId = orderId;
        this.orderItemId = orderItemId;
        this.ticketTypeId = ticketTypeId;
        this.zoneId = zoneId;
        this.seatId = seatId;
        this.zoneIds.addAll(zoneIds);
        this.zoneIds.add(zoneId);
        this.price = price;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.issuedAt = issuedAt;
        this.updatedAt = issuedAt;
    }

    /** The token now in force (a new one replaces the old: only the newest opens a gate). */
    public void signed(int keyId, String token, byte[] tokenSha256, Instant at) {
        this.keyId = keyId;
        this.token = token;
        this.tokenSha256 = tokenSha256.clone();
        this.updatedAt = at;
    }

    /** New validity (the event moved); the caller signs again. */
    public void reschedule(Instant validFrom, Instant validUntil) {
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Ends a VALID right; returns false (and changes nothing) when it is not VALID any more. */
    public boolean end(AccessRightStatus target, String reason, Instant at) {
        if (status != AccessRightStatus.VALID || target == AccessRightStatus.VALID) {
            return false;
        }
        this.status = target;
        this.statusReason = reason;
        this.updatedAt = at;
        return true;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public long getEventId() {
        return eventId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getOrderItemId() {
        return orderItemId;
    }

    public Long getTicketTypeId() {
        return ticketTypeId;
    }

    public long getZoneId() {
        return zoneId;
    }

    public Long getSeatId() {
        return seatId;
    }

    public Set<Long> getZoneIds() {
        return zoneIds;
    }

    public long getPrice() {
        return price;
    }

    public AccessRightStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Integer getKeyId() {
        return keyId;
    }

    public String getToken() {
        return token;
    }

    public byte[] getTokenSha256() {
        return tokenSha256 == null ? null : tokenSha256.clone();
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
