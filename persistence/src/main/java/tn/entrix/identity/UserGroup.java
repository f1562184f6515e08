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
 * A named set of users that pricing rules, derby segregation and blacklists refer to by code. A group with a rule
 * (e.g. CITY = Tunis) keeps its RULE members in step with the profiles; other members are added by hand or CSV.
 */
@Entity
@Table(name = "user_group")
public class UserGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_group_seq")
    @SequenceGenerator(name = "user_group_seq", sequenceName = "user_group_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GroupKind kind;

    @Column(length = 512)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_field", length = 24)
    private GroupRuleField ruleField;

    @Column(name = "rule_value", length = 128)
    private String ruleValue;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserGroup() {
    }

    public UserGroup(String code, String name, GroupKind kind, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public void update(String name, GroupKind kind, String description, GroupRuleField ruleField, String ruleValue) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.ruleField = ruleField;
        this.ruleValue = ruleField == null ? null : ruleValue;
    }

    public boolean hasRule() {
        return ruleField != null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public GroupKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public GroupRuleField getRuleField() {
        return ruleField;
    }

    public String getRuleValue() {
        return ruleValue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
