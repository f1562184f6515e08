package tn.entrix.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A group: its code is what pricing rules, derby policies and blacklists refer to. A rule is a field and a value. */
public record GroupRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "must be letters, digits, dots, dashes and underscores") String code,
        @NotBlank @Size(max = 128) String name,
        @NotNull GroupKind kind,
        @Size(max = 512) String description,
        GroupRuleField ruleField,
        @Size(max = 128) String ruleValue,
        Long version) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public GroupRequest(String code, String name, GroupKind kind, String description, GroupRuleField ruleField,
                        String ruleValue, Long version) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.ruleField = ruleField;
        this.ruleValue = ruleValue;
        this.version = version;
    }
}
