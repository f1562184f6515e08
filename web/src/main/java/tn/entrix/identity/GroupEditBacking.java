package tn.entrix.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;

/** Creates a group ({@code console/groups/edit.xhtml}) or edits one ({@code ?id=}); the code never changes. */
@Named
@ViewScoped
public class GroupEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "groupForm";
    static final Map<String, String> FIELDS = Map.of("code", "code", "name", "name", "kind", "kind",
            "description", "description", "ruleField", "ruleField", "ruleValue", "ruleValue");

    @Inject
    GroupService groups;

    @Inject
    FormValidation validation;

    private Long id;
    private String code;
    private String name;
    private GroupKind kind = GroupKind.MARKETING;
    private String description;
    private GroupRuleField ruleField;
    private String ruleValue;
    private Long version;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            GroupView g = groups.find(id);
            code = g.code();
            name = g.name();
            kind = g.kind();
            description = g.description();
            ruleField = g.ruleField();
            ruleValue = g.ruleValue();
            version = g.version();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    public String save() {
        GroupRequest request = new GroupRequest(code, name, kind, description, ruleField, ruleValue, version);
        if (!validation.check(request, FORM, FIELDS)) {
            return null;
        }
        try {
            GroupView saved = id == null ? groups.create(request) : groups.update(id, request);
            ConsoleMessages.info(id == null ? "group.created" : "group.updated", saved.code());
            ConsoleMessages.keepForRedirect();
            return "/console/groups/group?faces-redirect=true&id=" + saved.id();
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
            return null;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public GroupKind[] getKinds() {
        return GroupKind.values();
    }

    public GroupRuleField[] getRuleFields() {
        return GroupRuleField.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public GroupRuleField getRuleField() {
        return ruleField;
    }

    public void setRuleField(GroupRuleField ruleField) {
        this.ruleField = ruleField;
    }

    public String getRuleValue() {
        return ruleValue;
    }

    public void setRuleValue(String ruleValue) {
        this.ruleValue = ruleValue;
    }
}
