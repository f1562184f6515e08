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

/** One pricing rule of an event (optionally of one ticket type); see PriceCalculator for how rules combine. */
@Entity
@Table(name = "pricing_rule")
public class PricingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pricing_rule_seq")
    @SequenceGenerator(name = "pricing_rule_seq", sequenceName = "pricing_rule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "ticket_type_id")
    private Long ticketTypeId;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PricingKind kind;

    @Column(nullable = false)
    private int priority = 100;

    @Column(nullable = false)
    private boolean exclusive;

    @Column(name = "percent_off")
    private Integer percentOff;

    @Column(name = "amount_off")
    private Long amountOff;

    @Column(name = "fixed_price")
    private Long fixedPrice;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "first_n")
    private Integer firstN;

    @Column(name = "min_quantity")
    private Integer minQuantity;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "promo_code", length = 32)
    private String promoCode;

    @Column(name = "max_uses")
    private Integer maxUses;

    @Column(nullable = false, insertable = false, updatable = false)
    private int uses;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected PricingRule() {
    }

    public PricingRule(long eventId, PricingKind kind) {
        this.eventId = eventId;
        this.kind = kind;
    }

    public void describe(Long ticketTypeId, String name, int priority, boolean exclusive, Integer percentOff,
                         Long amountOff, Long fixedPrice, Instant validUntil, Integer firstN, Integer minQuantity,
                         Long groupId, String promoCode, Integer maxUses, boolean active) {
        this.ticketTypeId = ticketTypeId;
        this.name = name;
        this.priority = priority;
        this.exclusive = exclusive;
        this.percentOff = percentOff;
        this.amountOff = amountOff;
        this.fixedPrice = fixedPrice;
        this.validUntil = validUntil;
        this.firstN = firstN;
        this.minQuantity = minQuantity;
        this.groupId = groupId;
        this.promoCode = promoCode;
        this.maxUses = maxUses;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public Long getTicketTypeId() {
        return ticketTypeId;
    }

    public String getName() {
        return name;
    }

    public PricingKind getKind() {
        return kind;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public Integer getPercentOff() {
        return percentOff;
    }

    public Long getAmountOff() {
        return amountOff;
    }

    public Long getFixedPrice() {
        return fixedPrice;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Integer getFirstN() {
        return firstN;
    }

    public Integer getMinQuantity() {
        return minQuantity;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getPromoCode() {
        return promoCode;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public int getUses() {
        return uses;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
