package tn.entrix.identity;

/** How a member got into a group: by hand, by a CSV import, by the group's rule, or by a purchase (assignment rule). */
public enum MemberSource {
    MANUAL, CSV, RULE, AUTO
}
