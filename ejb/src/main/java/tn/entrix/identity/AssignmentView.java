package tn.entrix.identity;

import java.util.List;

/** What a purchase gave its buyer: the groups joined (codes) and roles granted. */
public record AssignmentView(List<String> groups, List<Role> roles) {
}
