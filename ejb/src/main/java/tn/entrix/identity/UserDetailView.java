package tn.entrix.identity;

import java.util.List;

/** The staff's page of one user: account and profile, roles, groups, sessions and the audit trail. */
public record UserDetailView(ProfileView account, List<String> effectiveRoles, List<UserGroupRef> groups,
                             List<SessionView> sessions, List<ActivityView> activity) {
}
