package tn.entrix.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A purchase type and what it gives: a group (code and name may use {season} and {event}, filled from the purchase)
 * and/or a role; only USER can be granted this way (no purchase buys power over others).
 */
public record AssignmentRuleRequest(@NotNull PurchaseType purchaseType,
                                    @Size(max = 64) String groupCode,
                                    @Size(max = 128) String groupName,
                                    GroupKind groupKind,
                                    Role role,
                                    Boolean active) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public AssignmentRuleRequest(PurchaseType purchaseType, String groupCode, String groupName, GroupKind groupKind,
                                 Role role, Boolean active) {
        this.purchaseType = purchaseType;
        this.groupCode = groupCode;
        this.groupName = groupName;
        this.groupKind = groupKind;
        this.role = role;
        this.active = active;
    }
}
