package tn.entrix.identity;

/** The result of a CSV import of members: how many were added, how many were members already. */
public record MemberImportView(int added, int alreadyMembers) {
}
