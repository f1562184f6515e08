package tn.entrix.identity;

import java.time.Instant;

public record GroupView(long id, String code, String name, GroupKind kind, String description,
                        GroupRuleField ruleField, String ruleValue, long members, Instant createdAt, long version) {

    static GroupView of(UserGroup g, long members) {
        return new GroupView(g.getId(), g.getCode(), g.getName(), g.getKind(), g.getDescription(), g.getRuleField(),
                g.getRuleValue(), members, g.getCreatedAt(), g.getVersion());
    }
}
