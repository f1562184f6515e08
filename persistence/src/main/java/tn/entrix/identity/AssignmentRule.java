package tn.entrix.identity;

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
 * "Buying a season pass puts the buyer in group abonnes-{season}": a purchase type mapped to a group (created on
 * first use; {season} and {event} in the code and name are filled from the purchase) and/or a role. Only roles that
 * carry no power over others can be granted this way (the database checks it too).
 */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_rule_seq")
    @SequenceGenerator(name = "assignment_rule_seq", sequenceName = "assignment_rule_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "purchase_type", nullable = false, length = 16)
    private PurchaseType purchaseType;

    @Column(name = "group_code", length = 64)
    private String groupCode;

    @Column(name = "group_name", length = 128)
    private String groupName;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_kind", length = 16)
    private GroupKind groupKind;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Role role;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AssignmentRule() {
    }

    public AssignmentRule(PurchaseType purchaseType, Instant createdAt) {
        this.purchaseType = purchaseType;
        this.createdAt = createdAt;
    }

    public void update(PurchaseType purchaseType, String groupCode, String groupName, GroupKind groupKind, Role role,
                       boolean active) {
        this.purchaseType = purchaseType;
        this.groupCode = groupCode;
        this.groupName = groupName;
        this.groupKind = groupKind;
        this.role = role;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public PurchaseType getPurchaseType() {
        return purchaseType;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public String getGroupName() {
        return groupName;
    }

    public GroupKind getGroupKind() {
        return groupKind;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
