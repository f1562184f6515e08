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
import java.time.Instant;

/**
 * Something an event sells: zones of its mapping, seated or standing, a base price in millimes, a quota. The held and
 * sold counters only move through conditional updates (see TicketTypeStock); the database refuses held + sold above
 * the quota.
 */
@Entity
@Table(name = "ticket_type")
public class TicketType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_type_seq")
    @SequenceGenerator(name = "ticket_type_seq", sequenceName = "ticket_type_seq", allocationSize = 50)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(nullable = false)
    private boolean seated;

    @Column(name = "base_price", nullable = false)
    private long basePrice;

    @Column(nullable = false)
    private int quota;

    @Column(nullable = false, insertable = false, updatable = false)
    private int held;

    @Column(nullable = false, insertable = false, updatable = false)
    private int sold;

    @Column(name = "sale_starts_at")
    private Instant saleStartsAt;

    @Column(name = "sale_ends_at")
    private Instant saleEndsAt;

    @Column(name = "max_per_order", nullable = false)
    private int maxPerOrder = 10;

    @Column(name = "max_per_user")
    private Integer maxPerUser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Visibility visibility = Visibility.PUBLIC;

    @Version
    private long version;

    protected TicketType() {
    }

    public TicketType(long eventId, String code, boolean seated) {
        this.eventId = eventId;
        this.code = code;
        this.seated = seated;
    }

    public void describe(String name, long basePrice, int quota, Instant saleStartsAt, Instant saleEndsAt,
                         int maxPerOrder, Integer maxPerUser, Visibility visibility) {
        this.name = name;
        this.basePrice = basePrice;
        this.quota = quota;
        this.saleStartsAt = saleStartsAt;
        this.saleEndsAt = saleEndsAt;
        this.maxPerOrder = maxPerOrder;
        this.maxPerUser = maxPerUser;
        this.visibility = visibility;
    }

    /** Whether the sale window is open at that instant. */
    public boolean onSaleAt(Instant now) {
        return (saleStartsAt == null || !now.isBefore(saleStartsAt)) && (saleEndsAt == null || now.isBefore(saleEndsAt));
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isSeated() {
        return seated;
    }

    public long getBasePrice() {
        return basePrice;
    }

    public int getQuota() {
        return quota;
    }

    public int getHeld() {
        return held;
    }

    public int getSold() {
        return sold;
    }

    public Instant getSaleStartsAt() {
        return saleStartsAt;
    }

    public Instant getSaleEndsAt() {
        return saleEndsAt;
    }

    public int getMaxPerOrder() {
        return maxPerOrder;
    }

    public Integer getMaxPerUser() {
        return maxPerUser;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public long getVersion() {
        return version;
    }
}
