package tn.entrix.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;

/** Assignment rules ({@code console/groups/rules.xhtml}): what a purchase type gives (a group, the USER role). */
@Named
@ViewScoped
public class AssignmentRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "ruleForm";
    static final Map<String, String> FIELDS = Map.of("purchaseType", "ruleForm:purchaseType",
            "groupCode", "ruleForm:groupCode", "groupName", "ruleForm:groupName", "role", "ruleForm:role");

    @Inject
    AssignmentService assignments;

    @Inject
    FormValidation validation;

    private PurchaseType purchaseType = PurchaseType.SEASON_PASS;
    private String groupCode;
    private String groupName;
    private GroupKind groupKind = GroupKind.ACCESS;
    private boolean giveUserRole;
    private transient List<AssignmentRuleView> rules;

    public void add() {
        AssignmentRuleRequest request = new AssignmentRuleRequest(purchaseType, groupCode, groupName, groupKind,
                giveUserRole ? Role.USER : null, true);
        if (!validation.check(request, FORM, FIELDS)) {
            return;
        }
        try {
            assignments.create(request);
            ConsoleMessages.info("rule.created");
            groupCode = null;
            groupName = null;
            rules = null;
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
        }
    }

    /** Switches a rule on or off, everything else kept. */
    public void toggle(AssignmentRuleView rule) {
        try {
            assignments.update(rule.id(), new AssignmentRuleRequest(rule.purchaseType(), rule.groupCode(),
                    rule.groupName(), rule.groupKind(), rule.role(), !rule.active()));
            rules = null;
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    public void delete(AssignmentRuleView rule) {
        try {
            assignments.delete(rule.id());
            ConsoleMessages.info("rule.deleted");
            rules = null;
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    public List<AssignmentRuleView> getRules() {
        if (rules == null) {
            rules = assignments.list();
        }
        return rules;
    }

    public PurchaseType[] getPurchaseTypes() {
        return PurchaseType.values();
    }

    public GroupKind[] getKinds() {
        return GroupKind.values();
    }

    public PurchaseType getPurchaseType() {
        return purchaseType;
    }

    public void setPurchaseType(PurchaseType purchaseType) {
        this.purchaseType = purchaseType;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public GroupKind getGroupKind() {
        return groupKind;
    }

    public void setGroupKind(GroupKind groupKind) {
        this.groupKind = groupKind;
    }

    public boolean isGiveUserRole() {
        return giveUserRole;
    }

    public void setGiveUserRole(boolean giveUserRole) {
        this.giveUserRole = giveUserRole;
    }
}
