package tn.entrix.identity;

public record AssignmentRuleView(long id, PurchaseType purchaseType, String groupCode, String groupName,
                                 GroupKind groupKind, Role role, boolean active, long version) {

    static AssignmentRuleView of(AssignmentRule r) {
        return new AssignmentRuleView(r.getId(), r.getPurchaseType(), r.getGroupCode(), r.getGroupName(),
                r.getGroupKind(), r.getRole(), r.isActive(), r.getVersion());
    }
}
