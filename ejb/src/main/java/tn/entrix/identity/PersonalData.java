package tn.entrix.identity;

import java.time.Instant;
import java.util.List;

/**
 * Everything Entrix holds about a person (GDPR right of access), as one JSON document: the account and profile with
 * every personal field, consents, groups, logins and the audit trail. Orders, tickets and gate entries join it as
 * those modules land.
 */
public record PersonalData(Instant exportedAt, ProfileView account, List<UserGroupRef> groups,
                           List<SessionView> sessions, List<ActivityView> activity) {
}
